import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { isoDate } from '../../src/queries/isoDate';
import { overviewQuery, type OverviewFilters, type RankedDayRow } from '../../src/queries/overview';
import { readOverview } from '../../src/ui/dashboard/readOverview';
import { emptyDb, loadFile } from '../helpers/sampleDb';

const usIos: OverviewFilters = {
  apps: ['xiaohongshu', 'tiktok'],
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
};

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'app_rankings', 'test/fixtures/queries/key-figures.csv');
});
afterAll(async () => db.close());

async function ranks(filters: OverviewFilters) {
  const rows = await readOverview(db, filters);
  const byApp: Record<string, (number | null)[]> = {};
  for (const row of rows) (byApp[row.app] ??= []).push(row.rank);
  return { days: [...new Set(rows.map((r) => isoDate(r.date)))], byApp };
}

describe('overview query', () => {
  it('covers every day from the first to the last the selected apps are ranked', async () => {
    const { days, byApp } = await ranks(usIos);
    expect([days[0], days.at(-1), days.length]).toEqual(['2025-01-05', '2025-01-17', 13]);
    expect(byApp).toEqual({
      //           05    06    07    08    09  10  11 12 13 14  15   16  17
      xiaohongshu: [null, null, null, null, 1, 12, 1, 2, 1, 9, null, 11, 1],
      tiktok: [3, null, null, null, null, null, null, null, null, null, null, null, null],
    });
  });

  it('spans only the days of the apps selected', async () => {
    const { days, byApp } = await ranks({ ...usIos, apps: ['lemon8'] });
    expect([days[0], days.at(-1)]).toEqual(['2025-01-11', '2025-01-15']);
    expect(byApp.lemon8).toEqual([2, null, 2, null, 1]);
  });

  it('takes the best rank of the day across the charts and countries left open', async () => {
    const anyCategory = await ranks({ ...usIos, category: null });
    expect(anyCategory.byApp.xiaohongshu![7]).toBe(1); // 01-12: #2 overall, #1 social
    const anyCountry = await ranks({ ...usIos, country: null });
    expect(anyCountry.byApp.tiktok![7]).toBe(1); // 01-12: #1 in Canada
  });

  it('asks the engine for the ranked days only, each app and day once', async () => {
    const answer = await db.query<RankedDayRow>(overviewQuery(usIos));
    expect(answer.every((r) => r.rank !== null)).toBe(true);
    const keys = answer.map((r) => `${r.app} ${isoDate(r.date)}`);
    expect(new Set(keys).size).toBe(keys.length);
    const { byApp } = await ranks(usIos);
    expect(answer).toHaveLength(
      Object.values(byApp)
        .flat()
        .filter((r) => r !== null).length,
    );
  });

  it('returns nothing when none of the apps is ranked', async () => {
    expect(await db.query(overviewQuery({ ...usIos, apps: ['flip'] }))).toEqual([]);
    expect(await db.query(overviewQuery({ ...usIos, apps: [] }))).toEqual([]);
  });
});
