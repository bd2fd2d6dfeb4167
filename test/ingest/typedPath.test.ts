import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { inspectFile } from '../../src/ingest/inspectFile';
import { loadInspection } from '../../src/ingest/loadInspection';
import { removeSnapshot } from '../../src/ingest/snapshotChanges';
import { emptyDb } from '../helpers/sampleDb';

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
});
afterAll(async () => db.close());
beforeEach(() => removeAll());

async function removeAll() {
  for (const { id } of await db.query<{ id: number }>('SELECT id FROM snapshots'))
    await removeSnapshot(db, id);
}

const CANONICAL = 'date,app,store,country,chart,category,rank,downloads';
// The same columns under names the general path maps the same way: never read typed.
const SPELLED = 'Date,App,Store,Country,Chart,Category,Rank,Downloads';
const TODAY = new Date('2025-02-01T12:00:00Z');

const ROWS = [
  '2025-01-13,xiaohongshu,ios,US,top_free,overall,1,120000',
  '2025-01-13,lemon8,ios,US,top_free,overall,2,80000',
  '2025-01-14,tiktok,google_play,GB,top_free,overall,3,',
  '2025-01-14,capcut,ios,US,top_free,photo_video,,5000',
];

async function load(header: string, rows: readonly string[]) {
  const inspection = await inspectFile(db, 'file.csv', new Blob([[header, ...rows].join('\n')]));
  const typed = inspection.typed !== null;
  const { report } = await loadInspection(db, inspection, { source: 'test', today: TODAY });
  const current = await db.query<{ row: string }>(
    `SELECT concat_ws('|', date, app, store, country, chart, category, rank, downloads) AS row
     FROM app_rankings_current ORDER BY ALL`,
  );
  return {
    typed,
    report: {
      ...report,
      rejects: report.rejects.map((r) => ({ ...r, column: r.column?.toLowerCase() })),
    },
    current: current.map((r) => r.row),
  };
}

/** Loads the rows under both headers, each into a fresh database, and compares what came of it. */
async function bothWays(rows: readonly string[]) {
  const typed = await load(CANONICAL, rows);
  await removeAll();
  const general = await load(SPELLED, rows);
  expect(general.typed).toBe(false);
  return { typed, general };
}

describe('the typed path for canonical ranking files', () => {
  it('reads a clean canonical file typed, with the same report and rows as the general path', async () => {
    const { typed, general } = await bothWays(ROWS);
    expect(typed.typed).toBe(true);
    expect(typed.report).toEqual(general.report);
    expect(typed.current).toEqual(general.current);
    expect(typed.report.accepted).toBe(4);
  });

  it.each([
    [
      'a repeated key, the last row kept',
      [...ROWS, '2025-01-13,lemon8,ios,US,top_free,overall,4,1'],
    ],
    ['a store written another way', [...ROWS, '2025-01-15,lemon8,iPhone,US,top_free,overall,4,1']],
    ['a rank that is not a number', [...ROWS, '2025-01-15,lemon8,ios,US,top_free,overall,#4,1']],
    ['a rank out of range', [...ROWS, '2025-01-15,lemon8,ios,US,top_free,overall,0,1']],
    ['a value with spaces around it', [...ROWS, '2025-01-15, lemon8,ios,US,top_free,overall,4,1']],
    ['a missing category', [...ROWS, '2025-01-15,lemon8,ios,US,top_free,,4,1']],
    ['a date in the future', [...ROWS, '2025-03-15,lemon8,ios,US,top_free,overall,4,1']],
    ['a date that does not exist', [...ROWS, '2025-02-30,lemon8,ios,US,top_free,overall,4,1']],
    ['neither rank nor downloads', [...ROWS, '2025-01-15,lemon8,ios,US,top_free,overall,,']],
    ['negative downloads', [...ROWS, '2025-01-15,lemon8,ios,US,top_free,overall,4,-1']],
    [
      'a record with a field too many',
      [...ROWS, '2025-01-15,lemon8,ios,US,top_free,overall,4,1,x'],
    ],
    ['an app alias', [...ROWS, '2025-01-15,RedNote,ios,US,top_free,overall,4,1']],
    ['a country name', [...ROWS, '2025-01-15,lemon8,ios,United States,top_free,overall,4,1']],
  ])('gives the general path’s report and rows for a file with %s', async (_, rows) => {
    const { typed, general } = await bothWays(rows);
    expect(typed.report).toEqual(general.report);
    expect(typed.current).toEqual(general.current);
  });

  it('counts the rows a later snapshot replaces, as the general path does', async () => {
    await load(CANONICAL, ROWS);
    const later = await load(CANONICAL, [
      '2025-01-13,xiaohongshu,ios,US,top_free,overall,2,100',
      '2025-01-16,xiaohongshu,ios,US,top_free,overall,1,100',
    ]);
    expect(later.typed).toBe(true);
    expect(later.report.warnings).toEqual([
      '1 row replaces a row of earlier snapshots with the same key.',
    ]);
    expect(later.current).toContain('2025-01-13|xiaohongshu|ios|US|top_free|overall|2|100');
  });
});
