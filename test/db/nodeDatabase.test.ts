import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { emptyDb } from '../helpers/sampleDb';

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
      'hashtag_daily',
      'hashtag_views_current',
      'rankings_current',
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
});
