import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { dailyDownloadsQuery, type DailyDownloadsRow } from '../../src/queries/dailyDownloads';
import {
  appOptionsQuery,
  filterOptionsQuery,
  type AppOptionRow,
  type FilterOptionsRow,
} from '../../src/queries/filterOptions';
import { hashtagViewsQuery, type HashtagViewsRow } from '../../src/queries/hashtagViews';
import { isoDate } from '../../src/queries/isoDate';
import { keyFiguresQuery, type KeyFiguresRow } from '../../src/queries/keyFigures';
import { readOverview } from '../../src/ui/dashboard/readOverview';
import { rankHeatmapQuery, type RankHeatmapRow } from '../../src/queries/rankHeatmap';
import { sampleDb } from '../helpers/sampleDb';

// Only published facts (shared/reference/milestones.md) and the documented shape of the sample
// (data/README.md) are asserted here: the illustrative noise between them changes with the seed.
const usIos = { store: 'ios', country: 'US', chart: 'top_free', category: 'overall' };
const usBothStores = { store: null, country: 'US', chart: null, category: null };

let db: Database;
beforeAll(async () => {
  db = await sampleDb();
});
afterAll(async () => db.close());

async function keyFigures(app: string, from: string, to: string, eventDate: string | null = null) {
  const filters = { ...usIos, apps: [app], from, to, eventDate };
  const [row] = await db.query<KeyFiguresRow>(keyFiguresQuery(filters));
  return row!;
}

async function usDownloads(app: string, from: string, to: string) {
  const filters = { ...usBothStores, apps: [app], from, to };
  return db.query<DailyDownloadsRow>(dailyDownloadsQuery(filters));
}

describe('the queries over the bundled snapshots', () => {
  it('offer the stores, markets, charts and hashtags the data README lists', async () => {
    const [options] = await db.query<FilterOptionsRow>(filterOptionsQuery());
    expect(options).toMatchObject({
      stores: ['google_play', 'ios'],
      countries: ['AU', 'CA', 'DE', 'GB', 'US'],
      charts: ['top_free'],
      categories: ['overall', 'social', 'social_networking'],
      platforms: ['lemon8', 'tiktok', 'xiaohongshu'],
      hashtags: ['lemon8', 'rednote', 'tiktokrefugee'],
    });
    const dates = [options!.first, options!.last, options!.measuredFirst, options!.measuredLast];
    // Events run from the 2024 act to the 2026 joint venture; measurements cover 2024-12..2025-03.
    expect(dates.map((d) => isoDate(d!))).toEqual([
      '2024-04-24',
      '2026-01-22',
      '2024-12-01',
      '2025-03-31',
    ]);
  });

  it('offer the three focus apps first and DeepSeek last, ranked only from its launch', async () => {
    const apps = await db.query<AppOptionRow>(appOptionsQuery());
    expect(apps.slice(0, 3).map((a) => a.app)).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    expect(apps.at(-1)).toEqual({ app: 'deepseek', days: 81, focus: false }); // 01-10..03-31
  });

  it('have Xiaohongshu first reach #1 on US iOS on 13 January, on every published day', async () => {
    const january = await keyFigures('xiaohongshu', '2025-01-01', '2025-01-31');
    expect([january.bestRank, isoDate(january.bestRankDate!)]).toEqual([1, '2025-01-13']);
    const published = ['2025-01-13', '2025-01-14', '2025-01-16', '2025-01-17', '2025-01-20'];
    expect(january.daysAtOne).toBeGreaterThanOrEqual(published.length);
    for (const day of published)
      expect((await keyFigures('xiaohongshu', day, day)).daysAtOne).toBe(1);
    // DeepSeek took #1 on 26 January.
    expect((await keyFigures('xiaohongshu', '2025-01-26', '2025-01-26')).daysAtOne).toBe(0);
  });

  it('have Lemon8 at #1 on US iOS on 7 and 8 January', async () => {
    expect((await keyFigures('lemon8', '2025-01-07', '2025-01-08')).daysAtOne).toBe(2);
  });

  it('reproduce the published US download figures, summed over both stores', async () => {
    const rednote = await usDownloads('xiaohongshu', '2025-01-01', '2025-01-31');
    const on = (rows: DailyDownloadsRow[], day: string) =>
      rows.find((r) => isoDate(r.date) === day)?.downloads;
    expect([on(rednote, '2025-01-22'), on(rednote, '2025-01-26')]).toEqual([126_700, 25_500]);
    const toThe19th = rednote.filter((r) => isoDate(r.date) <= '2025-01-19');
    expect(toThe19th.reduce((sum, r) => sum + r.downloads!, 0)).toBe(818_000);
    const likee = await usDownloads('likee', '2025-01-19', '2025-01-20');
    expect(likee.map((r) => r.downloads)).toEqual([167_000, 286_000]);
    const lemon8 = await usDownloads('lemon8', '2024-12-01', '2024-12-31');
    expect(lemon8.reduce((sum, r) => sum + r.downloads!, 0)).toBe(3_400_000);
  });

  it('read the week to 14 January as the event week of the 8th: +194% week over week', async () => {
    const filters = {
      ...usBothStores,
      apps: ['xiaohongshu'],
      from: '2025-01-01',
      to: '2025-01-31',
      eventDate: '2025-01-08',
    };
    const [rednote] = await db.query<KeyFiguresRow>(keyFiguresQuery(filters));
    expect(rednote).toMatchObject({ downloadsBefore: 60_000, downloadsAfter: 176_400 });
    expect(rednote!.afterToBefore).toBeCloseTo(2.94, 9);
    expect(rednote!.peakDownloads).toBe(126_700);
  });

  it('show no day-level correction for the intraday AsiaICT recount of 15 January', async () => {
    const filters = {
      hashtags: ['tiktokrefugee'],
      platforms: ['xiaohongshu'],
      from: '2025-01-01',
      to: '2025-03-31',
    };
    const rows = await db.query<HashtagViewsRow>(hashtagViewsQuery(filters));
    expect(isoDate(rows[0]!.date)).toBe('2025-01-13');
    expect(rows[0]!.daily).toBeNull();
    // 64.906M at 04:00 after 100M on the 14th, but the 15th closes above the 14th.
    expect(rows.filter((r) => r.correction !== null)).toEqual([]);
  });

  it('have TikTok unranked in the US from 19 January through 13 February', async () => {
    const rows = await readOverview(db, { ...usIos, apps: ['tiktok'] });
    const unranked = rows.filter((r) => r.rank === null).map((r) => isoDate(r.date));
    expect([unranked[0], unranked.at(-1), unranked.length]).toEqual([
      '2025-01-19',
      '2025-02-13',
      26,
    ]);
  });

  it('put the US first in Xiaohongshu’s heatmap: the surge started there', async () => {
    const filters = { ...usIos, app: 'xiaohongshu', from: '2024-12-01', to: '2025-03-31' };
    const rows = await db.query<RankHeatmapRow>(rankHeatmapQuery(filters));
    expect(rows[0]!.country).toBe('US');
    expect(new Set(rows.map((r) => r.country)).size).toBe(5);
  });
});
