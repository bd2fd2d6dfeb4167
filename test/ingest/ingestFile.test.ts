import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { inspectFile } from '../../src/ingest/inspectFile';
import { loadInspection } from '../../src/ingest/loadInspection';
import { emptyDb, loadFile } from '../helpers/sampleDb';

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
});
afterAll(async () => db.close());

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n;

describe('loading a file through the ingest', () => {
  it('loads a canonical CSV and records its snapshot with a content hash', async () => {
    const { report, snapshotId } = await loadFile(
      db,
      'app_rankings',
      'test/fixtures/rankings-small.csv',
    );
    expect(report).toMatchObject({ kind: 'app_rankings', rowsRead: 9, accepted: 9, rejected: 0 });
    const [snapshot] = await db.query<{
      rows_read: number;
      accepted: number;
      content_hash: string;
    }>({
      sql: 'SELECT rows_read, accepted, content_hash FROM snapshots WHERE id = ?',
      params: [snapshotId],
    });
    expect(snapshot).toMatchObject({ rows_read: 9, accepted: 9 });
    expect(snapshot?.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports content already loaded and changes nothing', async () => {
    const { report, snapshotId } = await loadFile(
      db,
      'app_rankings',
      'test/fixtures/rankings-small.csv',
    );
    expect(snapshotId).toBeNull();
    expect(report.error).toBeNull();
    expect(report.warnings[0]).toMatch(/^Already loaded as snapshot \d+ \(rankings-small\.csv\)/);
    expect(await count('app_rankings')).toBe(9);
  });

  it('keeps quoted fields with commas intact', async () => {
    await loadFile(db, 'events', 'test/fixtures/events-small.csv');
    const rows = await db.query<{ source: string }>(
      "SELECT source FROM events WHERE date = DATE '2025-01-17'",
    );
    expect(rows[0]?.source).toBe('TikTok v. Garland, No. 24-656 (per curiam, 2025-01-17)');
  });

  it('refuses a bad row with its line, column, value and reason, and loads the others', async () => {
    const { report } = await loadFile(db, 'app_rankings', 'test/fixtures/rankings-bad-rank.csv');
    expect(report).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    expect(report.rejects).toEqual([
      { line: 3, column: 'rank', value: '0', reason: 'rank is outside 1..1500' },
    ]);
  });

  it('leaves the tables as they were when a load is cancelled', async () => {
    const before = await db.query('SELECT * FROM app_rankings ORDER BY ALL');
    const snapshots = await db.query('SELECT id FROM snapshots ORDER BY id');
    const file = new Blob(['date,app,rank\n2025-01-20,likee,2\n']);
    const inspection = await inspectFile(db, 'cancelled.csv', file);
    const controller = new AbortController();
    const load = loadInspection(db, inspection, {
      signal: controller.signal,
      onProgress: (fraction) => fraction >= 0.7 && controller.abort(),
    });
    await expect(load).rejects.toThrow();
    expect(await db.query('SELECT * FROM app_rankings ORDER BY ALL')).toEqual(before);
    expect(await db.query('SELECT id FROM snapshots ORDER BY id')).toEqual(snapshots);
    const temporary = await db.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'inspect_%'",
    );
    expect(temporary).toEqual([]);
  });
});
