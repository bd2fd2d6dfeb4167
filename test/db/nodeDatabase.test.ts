import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { emptyDb, loadFile } from '../helpers/sampleDb';

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
});
afterAll(async () => db.close());

describe('the Node connector on the real DuckDB engine', () => {
  it('creates the four canonical tables and the views of their current rows', async () => {
    const rows = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'app_rankings',
      'events',
      'hashtag_views',
      'snapshots',
    ]);
    const views = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'main' AND table_type = 'VIEW' ORDER BY 1`,
    );
    expect(views.map((r) => r.table_name)).toEqual([
      'app_rankings_current',
      'events_current',
      'hashtag_views_current',
    ]);
  });

  it('converts BIGINT to number, DATE and TIMESTAMP to UTC dates, lists to arrays', async () => {
    const [row] = await db.query(
      `SELECT 9007199254740991::BIGINT AS big, count(*) AS n, sum(2::BIGINT) AS s,
              DATE '2025-01-13' AS d, TIMESTAMP '2025-01-14 10:00:00' AS ts,
              [1, 2, 3] AS list, NULL::BIGINT AS missing, 1.25::DECIMAL(6, 2) AS dec_value`,
    );
    expect(row).toEqual({
      big: 9007199254740991,
      n: 1,
      s: 2,
      d: new Date('2025-01-13T00:00:00Z'),
      ts: new Date('2025-01-14T10:00:00Z'),
      list: [1, 2, 3],
      missing: null,
      dec_value: 1.25,
    });
  });

  it('refuses to round a BIGINT beyond 2^53 silently', async () => {
    await expect(db.query('SELECT 9007199254740993::BIGINT AS big')).rejects.toThrow(/too large/);
  });

  it('binds values as parameters, so a quote in a value is only a value', async () => {
    const rows = await db.query<{ v: string }>({
      sql: 'SELECT ? AS v',
      params: ["x'; DROP TABLE events; --"],
    });
    expect(rows[0]?.v).toBe("x'; DROP TABLE events; --");
    const tables = await db.query(
      "SELECT * FROM information_schema.tables WHERE table_name = 'events'",
    );
    expect(tables).toHaveLength(1);
  });

  it('loads a canonical CSV and records its snapshot with a content hash', async () => {
    const loaded = await loadFile(db, 'app_rankings', 'test/fixtures/rankings-small.csv');
    expect(loaded).toMatchObject({ rows: 9, alreadyLoaded: false });
    const [snapshot] = await db.query<{
      rows_read: number;
      accepted: number;
      content_hash: string;
    }>({
      sql: 'SELECT rows_read, accepted, content_hash FROM snapshots WHERE id = ?',
      params: [loaded.id],
    });
    expect(snapshot).toMatchObject({ rows_read: 9, accepted: 9 });
    expect(snapshot?.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not load the same content twice', async () => {
    const again = await loadFile(db, 'app_rankings', 'test/fixtures/rankings-small.csv');
    expect(again).toMatchObject({ rows: 9, alreadyLoaded: true });
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM app_rankings',
    );
    expect(n).toBe(9);
  });

  it('keeps quoted fields with commas intact', async () => {
    await loadFile(db, 'events', 'test/fixtures/events-small.csv');
    const rows = await db.query<{ source: string }>(
      "SELECT source FROM events WHERE date = DATE '2025-01-17'",
    );
    expect(rows[0]?.source).toBe('TikTok v. Garland, No. 24-656 (per curiam, 2025-01-17)');
  });

  it('rolls back a load that breaks a constraint, leaving the previous data intact', async () => {
    const before = await db.query('SELECT * FROM app_rankings ORDER BY ALL');
    const snapshotsBefore = await db.query('SELECT id FROM snapshots ORDER BY id');
    await expect(
      loadFile(db, 'app_rankings', 'test/fixtures/rankings-bad-rank.csv'),
    ).rejects.toThrow(/CHECK|constraint/i);
    expect(await db.query('SELECT * FROM app_rankings ORDER BY ALL')).toEqual(before);
    expect(await db.query('SELECT id FROM snapshots ORDER BY id')).toEqual(snapshotsBefore);
  });
});
