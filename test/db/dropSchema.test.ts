import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { createSchema, dropSchema } from '../../src/db/schema';
import { loadFile, sampleDb } from '../helpers/sampleDb';

let db: Database;
beforeAll(async () => {
  db = await sampleDb();
});
afterAll(async () => db.close());

const objects = () =>
  db.query<{ name: string; kind: string }>(
    `SELECT table_name AS name, 'table' AS kind FROM duckdb_tables() WHERE NOT temporary
     UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE NOT internal AND NOT temporary
     UNION ALL SELECT sequence_name, 'sequence' FROM duckdb_sequences() WHERE NOT temporary
     ORDER BY kind, name`,
  );

describe('building the schema again after the workbench changed it', () => {
  it('drops what holds the schema’s names, whatever it became, and leaves other tables', async () => {
    const pristine = await objects();
    await db.exec(`
      DELETE FROM app_rankings WHERE app = 'tiktok';
      DROP VIEW hashtag_daily;
      DROP TABLE events;
      CREATE VIEW events AS SELECT 1 AS x;
      CREATE TABLE analysts_own AS SELECT 1 AS y;`);
    await dropSchema(db);
    expect(await objects()).toEqual([{ name: 'analysts_own', kind: 'table' }]);

    await createSchema(db);
    await loadFile(db, 'app_rankings', 'data/app_rankings.csv');
    const rebuilt = [...pristine, { name: 'analysts_own', kind: 'table' }].sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
    );
    expect(await objects()).toEqual(rebuilt);
    const [row] = await db.query<{ n: number }>(
      "SELECT count(*) AS n FROM rankings_current WHERE app = 'tiktok'",
    );
    expect(row!.n).toBeGreaterThan(0);
  });
});
