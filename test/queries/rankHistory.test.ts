import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import {
  allEventsQuery,
  eventsInRange,
  eventsQuery,
  type EventRow,
} from '../../src/queries/events';
import { readOverview } from '../../src/ui/dashboard/readOverview';
import { rankDateExtent } from '../../src/queries/rankDateExtent';
import { rankHistoryQuery, toRankSeries, type RankHistoryRow } from '../../src/queries/rankHistory';
import { sourcesOf } from '../../src/queries/sourcesOf';
import { ingestFile } from '../../src/ingest/ingestFile';
import { emptyDb, loadFile } from '../helpers/sampleDb';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const usIos = {
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
  from: '2025-01-12',
  to: '2025-01-15',
};

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'app_rankings', 'test/fixtures/rankings-small.csv');
  await loadFile(db, 'events', 'test/fixtures/events-small.csv');
});
afterAll(async () => db.close());

describe('rank history query', () => {
  it('returns every day of the range for every app, NULL where the app is not ranked', async () => {
    const rows = await db.query<RankHistoryRow>(
      rankHistoryQuery({ ...usIos, apps: ['xiaohongshu', 'tiktok'] }),
    );
    expect(rows.map((r) => [r.app, r.date, r.rank])).toEqual([
      ['xiaohongshu', day('2025-01-12'), 40],
      ['xiaohongshu', day('2025-01-13'), 1],
      ['xiaohongshu', day('2025-01-14'), 1],
      ['xiaohongshu', day('2025-01-15'), null],
      ['tiktok', day('2025-01-12'), 3],
      ['tiktok', day('2025-01-13'), 4],
      ['tiktok', day('2025-01-14'), null],
      ['tiktok', day('2025-01-15'), null],
    ]);
  });

  it('reads only the chosen store', async () => {
    const rows = await db.query<RankHistoryRow>(
      rankHistoryQuery({ ...usIos, store: 'google_play', apps: ['xiaohongshu'] }),
    );
    expect(rows.filter((r) => r.rank != null).map((r) => [r.date, r.rank])).toEqual([
      [day('2025-01-13'), 34],
    ]);
  });

  it('keeps an app with no rows at all as a series of gaps', async () => {
    const rows = await db.query<RankHistoryRow>(rankHistoryQuery({ ...usIos, apps: ['flip'] }));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.rank === null)).toBe(true);
  });

  it('groups rows into series in the order the apps were chosen', async () => {
    const rows = await db.query<RankHistoryRow>(
      rankHistoryQuery({ ...usIos, apps: ['lemon8', 'xiaohongshu'] }),
    );
    const series = toRankSeries(rows);
    expect(series.map((s) => [s.app, s.label, s.points.length])).toEqual([
      ['lemon8', 'Lemon8', 4],
      ['xiaohongshu', 'Xiaohongshu (RedNote)', 4],
    ]);
  });

  it('names the publishers of the ranks it draws, never for their invented downloads', async () => {
    const rows = await db.query<RankHistoryRow>(
      rankHistoryQuery({ ...usIos, apps: ['xiaohongshu', 'lemon8'] }),
    );
    expect(sourcesOf(rows, 'rank')).toEqual({
      publishers: ['Bloomberg; NBC News'],
      illustrative: true,
    });
    const published = rows.filter((r) => r.source !== 'illustrative');
    expect(sourcesOf(published, 'downloads')).toEqual({ publishers: [], illustrative: true });
  });

  it('lets a newer snapshot replace a rank for the same day and chart', async () => {
    const scratch = await emptyDb();
    await loadFile(scratch, 'app_rankings', 'test/fixtures/rankings-small.csv');
    await loadFile(scratch, 'app_rankings', 'test/fixtures/rankings-correction.csv');
    const rows = await scratch.query<RankHistoryRow>(
      rankHistoryQuery({ ...usIos, apps: ['xiaohongshu'] }),
    );
    expect(rows.map((r) => r.rank)).toEqual([38, 1, 1, null]);
    await scratch.close();
  });
});

describe('events and extent queries', () => {
  it('returns the events inside the range, in date order', async () => {
    const rows = await db.query<EventRow>(eventsQuery('2025-01-01', '2025-01-31'));
    expect(rows.map((r) => [r.date, r.kind])).toEqual([
      [day('2025-01-13'), 'market'],
      [day('2025-01-17'), 'legal'],
    ]);
  });

  it('cuts the events of a range from every event as its own query reads them', async () => {
    const all = await db.query<EventRow>(allEventsQuery());
    expect(all).toHaveLength(3);
    // Both ends inclusive: one day with an event, ranges starting the day after one and ending
    // on the day of one, and a range with none.
    const ranges = [
      ['2025-01-01', '2025-01-31', 2],
      ['2025-01-17', '2025-01-17', 1],
      ['2025-01-14', '2025-02-13', 2],
      ['2000-01-01', '2000-01-02', 0],
    ] as const;
    for (const [from, to, count] of ranges) {
      const queried = await db.query<EventRow>(eventsQuery(from, to));
      expect(queried).toHaveLength(count);
      expect(eventsInRange(all, from, to)).toEqual(queried);
    }
  });

  it('returns the first and last day the selected apps are ranked in the selected chart', async () => {
    const view = { ...usIos, apps: ['xiaohongshu', 'lemon8', 'tiktok'] };
    const extentOf = async (apps: readonly string[]) =>
      rankDateExtent(await readOverview(db, { ...view, apps }));
    const extent = await extentOf(view.apps);
    expect(extent).toEqual({ first: day('2025-01-12'), last: day('2025-01-14') });

    const elsewhere = new Blob([
      'date,app,store,country,chart,rank\n2025-06-01,lemon8,ios,GB,top_free,3\n2025-06-02,likee,ios,US,top_free,9\n',
    ]);
    const { snapshotId } = await ingestFile(db, 'elsewhere.csv', elsewhere);
    expect(snapshotId).not.toBeNull();
    expect(await extentOf(view.apps)).toEqual(extent);
    expect(await extentOf(['likee'])).toEqual({
      first: day('2025-06-02'),
      last: day('2025-06-02'),
    });
    // Listed first, the app ranked only later still leaves the range to start with the others.
    expect(await extentOf(['likee', ...view.apps])).toEqual({
      first: day('2025-01-12'),
      last: day('2025-06-02'),
    });
    expect(await extentOf(['no-such-app'])).toEqual({ first: null, last: null });
  });
});
