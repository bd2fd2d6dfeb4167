import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { ingestFile } from '../../src/ingest/ingestFile';
import {
  dailyDownloadsQuery,
  sourcesOfDownloads,
  type DailyDownloadsFilters,
  type DailyDownloadsRow,
} from '../../src/queries/dailyDownloads';
import { emptyDb, loadFile } from '../helpers/sampleDb';

// test/fixtures/queries/downloads.csv, US iOS, 2025-01-01..05 (day 4 has no Xiaohongshu row):
//   xiaohongshu 100 200 300 –  400   (days 1-3 repeated on the social_networking chart)
//   lemon8      300 200 100 0  100   (day 4: a downloads-only row)
//   tiktok      ranked on day 1, never an estimate
const usIos: DailyDownloadsFilters = {
  apps: ['xiaohongshu', 'lemon8', 'tiktok'],
  store: 'ios',
  country: 'US',
  chart: null,
  category: null,
  from: '2025-01-01',
  to: '2025-01-05',
};

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'app_rankings', 'test/fixtures/queries/downloads.csv');
});
afterAll(async () => db.close());

async function column(
  filters: DailyDownloadsFilters,
  key: keyof DailyDownloadsRow,
): Promise<Record<string, unknown[]>> {
  const rows = await db.query<DailyDownloadsRow>(dailyDownloadsQuery(filters));
  const byApp: Record<string, unknown[]> = {};
  for (const row of rows) (byApp[row.app] ??= []).push(row[key]);
  return byApp;
}

function expectClose(actual: unknown[] | undefined, expected: (number | null)[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (value === null) expect(actual![i]).toBeNull();
    else expect(actual![i]).toBeCloseTo(value, 6);
  });
}

describe('daily downloads query', () => {
  it('returns every day for every app in the order chosen, NULL where there is no estimate', async () => {
    const rows = await db.query<DailyDownloadsRow>(dailyDownloadsQuery(usIos));
    expect(rows.map((r) => [r.app, r.date.toISOString().slice(0, 10)])).toEqual(
      ['xiaohongshu', 'lemon8', 'tiktok'].flatMap((app) =>
        ['01', '02', '03', '04', '05'].map((d) => [app, `2025-01-${d}`]),
      ),
    );
    expect(await column(usIos, 'downloads')).toEqual({
      xiaohongshu: [100, 200, 300, null, 400],
      lemon8: [300, 200, 100, 0, 100],
      tiktok: [null, null, null, null, null],
    });
  });

  it('counts an app once when its estimate repeats on the overall and the category chart', async () => {
    const downloads = await column({ ...usIos, apps: ['xiaohongshu'] }, 'downloads');
    expect(downloads.xiaohongshu!.slice(0, 3)).toEqual([100, 200, 300]);
  });

  it('reads only the chosen chart and category when they are given', async () => {
    const social = { ...usIos, chart: 'top_free', category: 'social_networking' };
    expect((await column(social, 'downloads')).xiaohongshu).toEqual([100, 200, 300, null, null]);
  });

  it('sums over stores and countries left open', async () => {
    const day1 = async (store: string | null, country: string | null) =>
      (await column({ ...usIos, store, country }, 'downloads')).xiaohongshu![0];
    expect(await day1('ios', 'US')).toBe(100);
    expect(await day1(null, 'US')).toBe(150); // + Google Play US 50
    expect(await day1('ios', null)).toBe(110); // + iOS CA 10
    expect(await day1(null, null)).toBe(160);
  });

  it('reads the newest snapshot where a correction lowered only the overall row', async () => {
    const scratch = await emptyDb();
    await loadFile(scratch, 'app_rankings', 'test/fixtures/queries/downloads.csv');
    const correction = new Blob([
      'date,app,store,country,chart,category,rank,downloads\n' +
        '2025-01-01,xiaohongshu,ios,US,top_free,overall,40,80\n',
    ]);
    await ingestFile(scratch, 'correction.csv', correction);
    const [row] = await scratch.query<DailyDownloadsRow>(
      dailyDownloadsQuery({ ...usIos, apps: ['xiaohongshu'] }),
    );
    // Not 100 (the category row of the older snapshot), nor 180 (both rows).
    expect(row!.downloads).toBe(80);
    await scratch.close();
  });

  it('shares each day among the apps that have a value, NULL when the total is 0', async () => {
    const share = await column(usIos, 'share');
    // day 1: 100 / (100 + 300); day 4: Xiaohongshu has no value, Lemon8's 0 of 0 is NULL;
    // day 5: 400 / (400 + 100).
    expectClose(share.xiaohongshu, [0.25, 0.5, 0.75, null, 0.8]);
    expectClose(share.lemon8, [0.75, 0.5, 0.25, null, 0.2]);
    expectClose(share.tiktok, [null, null, null, null, null]);
  });

  it('averages the last seven days over those with a value, NULL under four of them', async () => {
    const average = await column(usIos, 'average7');
    // Xiaohongshu has 4 values by day 5: (100 + 200 + 300 + 400) / 4 = 250.
    expectClose(average.xiaohongshu, [null, null, null, null, 250]);
    // Lemon8: day 4 (300 + 200 + 100 + 0) / 4 = 150; day 5 (... + 100) / 5 = 140.
    expectClose(average.lemon8, [null, null, null, 150, 140]);
  });

  it('reads the days before the range for the trailing mean of its first days', async () => {
    const later = { ...usIos, apps: ['xiaohongshu'], from: '2025-01-05', to: '2025-01-08' };
    // day 5: 1000 / 4; day 6: 1500 / 5; day 7: (100..600 without day 4) 2100 / 6;
    // day 8: days 2..8 = 200 + 300 + 400 + 500 + 600 + 700 = 2700 / 6.
    expectClose((await column(later, 'average7')).xiaohongshu, [250, 300, 350, 450]);
  });

  it('scales each day to the app’s highest day in the range', async () => {
    const ofPeak = await column(usIos, 'ofPeak');
    expectClose(ofPeak.xiaohongshu, [25, 50, 75, null, 100]); // of 400
    expectClose(ofPeak.lemon8, [100, 200 / 3, 100 / 3, 0, 100 / 3]); // of 300
    expectClose(ofPeak.tiktok, [null, null, null, null, null]);
    const later = { ...usIos, apps: ['xiaohongshu'], from: '2025-01-05', to: '2025-01-08' };
    expectClose((await column(later, 'ofPeak')).xiaohongshu, [400 / 7, 500 / 7, 600 / 7, 100]);
  });

  it('indexes to the range’s first day unless told otherwise', async () => {
    const indexed = await column(usIos, 'indexed');
    expectClose(indexed.xiaohongshu, [100, 200, 300, null, 400]); // of 100
    expectClose(indexed.lemon8, [100, 200 / 3, 100 / 3, 0, 100 / 3]); // of 300
  });

  it('indexes to the mean of a baseline window over the days that have a value', async () => {
    const window = { ...usIos, baselineFrom: '2025-01-01', baselineTo: '2025-01-04' };
    const indexed = await column(window, 'indexed');
    // Xiaohongshu: (100 + 200 + 300) / 3 = 200; Lemon8: (300 + 200 + 100 + 0) / 4 = 150.
    expectClose(indexed.xiaohongshu, [50, 100, 150, null, 200]);
    expectClose(indexed.lemon8, [200, 400 / 3, 200 / 3, 0, 200 / 3]);
  });

  it('indexes to a baseline day outside the range', async () => {
    const later = {
      ...usIos,
      apps: ['xiaohongshu'],
      from: '2025-01-07',
      to: '2025-01-08',
      baselineFrom: '2025-01-01',
    };
    expectClose((await column(later, 'indexed')).xiaohongshu, [600, 700]);
  });

  it('leaves the index NULL when the baseline has no value or is 0', async () => {
    const indexed = await column({ ...usIos, baselineFrom: '2025-01-04' }, 'indexed');
    expect(indexed.xiaohongshu).toEqual([null, null, null, null, null]); // no value on day 4
    expect(indexed.lemon8).toEqual([null, null, null, null, null]); // 0 on day 4
  });

  it('lists the sources of the rows summed, and never cites a rank publisher for downloads', async () => {
    const rows = await db.query<DailyDownloadsRow>(dailyDownloadsQuery(usIos));
    expect(rows[2]!.sources).toEqual(['Bloomberg (rank; downloads illustrative)', 'illustrative']);
    expect(rows[3]!.sources).toBeNull();
    expect(sourcesOfDownloads(rows)).toEqual({ publishers: ['Sensor Tower'], illustrative: true });
  });

  it('returns no rows when no app is selected', async () => {
    expect(await db.query(dailyDownloadsQuery({ ...usIos, apps: [] }))).toEqual([]);
  });
});
