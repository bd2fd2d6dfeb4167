import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import type { DataTable } from '../../src/db/schema';
import { ingestFile } from '../../src/ingest/ingestFile';
import { snapshotsOfTablesQuery, type SnapshotUsedRow } from '../../src/queries/snapshotsOfTables';
import { emptyDb } from '../helpers/sampleDb';

const HEADER = 'date,app,store,country,chart,category,rank';
const ranks = (rank: number) =>
  `${HEADER}\n2025-01-13,xiaohongshu,ios,US,top_free,overall,${rank}\n2025-01-14,lemon8,ios,US,top_free,overall,${rank + 1}\n`;

let db: Database;
const load = (name: string, kind: DataTable, text: string) =>
  ingestFile(db, name, new Blob([text]), { kind, source: `source of ${name}` });

beforeAll(async () => {
  db = await emptyDb();
  await load('old.csv', 'app_rankings', ranks(5));
  await load(
    'views.csv',
    'hashtag_views',
    'date,platform,hashtag,views\n2025-01-13,tiktok,tiktokrefugee,1000\n',
  );
  await load(
    'partial.csv',
    'app_rankings',
    `${HEADER}\n2025-01-13,xiaohongshu,ios,US,top_free,overall,1\n`,
  );
});
afterAll(async () => db.close());

const used = async (tables: DataTable[]) =>
  (await db.query<SnapshotUsedRow>(snapshotsOfTablesQuery(tables))).map((s) => s.fileName);

describe('snapshots of tables', () => {
  it('lists the snapshots with rows in the tables, with their hashes and sources', async () => {
    const rows = await db.query<SnapshotUsedRow>(snapshotsOfTablesQuery(['app_rankings']));
    expect(rows.map((r) => [r.fileName, r.kind, r.source])).toEqual([
      ['old.csv', 'app_rankings', 'source of old.csv'],
      ['partial.csv', 'app_rankings', 'source of partial.csv'],
    ]);
    for (const row of rows) expect(row.contentHash).toMatch(/^[0-9a-f]{16,}$/);
  });

  it('keeps to the tables asked for', async () => {
    expect(await used(['hashtag_views'])).toEqual(['views.csv']);
    expect(await used(['app_rankings', 'hashtag_views'])).toEqual([
      'old.csv',
      'views.csv',
      'partial.csv',
    ]);
    expect(await used([])).toEqual([]);
  });

  it('leaves out a snapshot whose every row a newer one replaced', async () => {
    await load('new.csv', 'app_rankings', ranks(3));
    expect(await used(['app_rankings'])).toEqual(['new.csv']);
  });
});
