import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { ingestFile } from '../../src/ingest/ingestFile';
import { markSupersededAgain } from '../../src/ingest/latestRankings';
import { removeSnapshot } from '../../src/ingest/snapshotChanges';
import { emptyDb } from '../helpers/sampleDb';

let db: Database;
beforeEach(async () => {
  await db?.close();
  db = await emptyDb();
});

const HEADER = 'date,app,store,country,chart,category,rank,downloads\n';

async function load(name: string, rows: string[]) {
  const loaded = await ingestFile(db, name, new Blob([HEADER + rows.join('\n')]), {
    kind: 'app_rankings',
    source: name,
  });
  expect(loaded.report.error).toBeNull();
  return loaded;
}

/** The current rows as the charts read them: day, app, rank, from which file. */
const current = () =>
  db
    .query<{ row: string }>(
      `SELECT strftime(r.date, '%d') || ' ' || r.app || ' #' || r.rank || ' ' || r.source AS row
     FROM app_rankings_current r ORDER BY ALL`,
    )
    .then((rows) => rows.map((r) => r.row));

/** Rows whose mark disagrees with the newest row of every key, worked out from scratch. */
const fromScratch = () =>
  db
    .query<{ n: number }>(
      `SELECT count(*) AS n FROM (
         SELECT superseded, row_number() OVER (
           PARTITION BY date, app, store, country, chart, category ORDER BY snapshot_id DESC) > 1 AS older
         FROM app_rankings)
       WHERE superseded <> older`,
    )
    .then(([row]) => row!.n);

const A = [
  '2025-01-13,tiktok,ios,US,top_free,overall,5,',
  '2025-01-14,tiktok,ios,US,top_free,overall,6,',
];
const B = [
  '2025-01-13,tiktok,ios,US,top_free,overall,1,',
  '2025-01-15,lemon8,ios,US,top_free,overall,2,',
];

describe('the rankings the views show, marked as snapshots come and go', () => {
  it('lets a newer snapshot replace the rows of its keys, and counts them', async () => {
    await load('a.csv', A);
    const b = await load('b.csv', B);
    expect(b.replaced).toBe(1);
    expect(await current()).toEqual([
      '13 tiktok #1 b.csv',
      '14 tiktok #6 a.csv',
      '15 lemon8 #2 b.csv',
    ]);
    expect(await fromScratch()).toBe(0);
  });

  it('brings back the older rows when the newer snapshot is removed, whichever goes first', async () => {
    const a = await load('a.csv', A);
    const b = await load('b.csv', B);
    await removeSnapshot(db, b.snapshotId!);
    expect(await current()).toEqual(['13 tiktok #5 a.csv', '14 tiktok #6 a.csv']);
    expect(await fromScratch()).toBe(0);
    const again = await load('b.csv', B);
    await removeSnapshot(db, a.snapshotId!);
    expect(await current()).toEqual(['13 tiktok #1 b.csv', '15 lemon8 #2 b.csv']);
    await removeSnapshot(db, again.snapshotId!);
    expect(await current()).toEqual([]);
    expect(await fromScratch()).toBe(0);
  });

  it('is built again from the rankings after statements changed them by hand', async () => {
    await load('a.csv', A);
    await load('b.csv', B);
    await db.exec(
      "DELETE FROM app_rankings WHERE app = 'lemon8'; UPDATE app_rankings SET rank = 9 WHERE rank = 6",
    );
    await markSupersededAgain(db);
    expect(await current()).toEqual(['13 tiktok #1 b.csv', '14 tiktok #9 a.csv']);
    expect(await fromScratch()).toBe(0);
  });
});
