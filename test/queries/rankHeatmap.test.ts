import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { isoDate } from '../../src/queries/isoDate';
import {
  rankHeatmapQuery,
  type RankHeatmapFilters,
  type RankHeatmapRow,
} from '../../src/queries/rankHeatmap';
import { emptyDb, loadFile } from '../helpers/sampleDb';

const lemon8: RankHeatmapFilters = {
  app: 'lemon8',
  store: 'ios',
  chart: 'top_free',
  category: 'overall',
  from: '2025-01-01',
  to: '2025-01-04',
};

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'app_rankings', 'test/fixtures/queries/heatmap.csv');
});
afterAll(async () => db.close());

describe('rank heatmap query', () => {
  it('orders countries by the day they reached the top 10, then the rest by best rank', async () => {
    const rows = await db.query<RankHeatmapRow>(rankHeatmapQuery(lemon8));
    const order = [...new Map(rows.map((r) => [r.country, r.countryOrder]))];
    expect(order).toEqual([
      ['CA', 0], // top 10 on the 1st, best #5
      ['NL', 1], // top 10 on the 1st too, best #6
      ['US', 2], // top 10 on the 2nd
      ['GB', 3], // #10 on the 3rd counts as top 10
      ['AU', 4], // never: best #12, and AU < DE
      ['DE', 5], // never: best #12
    ]);
  });

  it('returns only the days each country ranks the app, in date order', async () => {
    const rows = await db.query<RankHeatmapRow>(rankHeatmapQuery(lemon8));
    expect(rows.map((r) => [r.country, isoDate(r.date), r.rank])).toEqual([
      ['CA', '2025-01-01', 9],
      ['CA', '2025-01-02', 5],
      ['NL', '2025-01-01', 7],
      ['NL', '2025-01-02', 6],
      ['US', '2025-01-01', 15],
      ['US', '2025-01-02', 8],
      ['US', '2025-01-03', 3],
      ['GB', '2025-01-03', 10],
      ['AU', '2025-01-01', 40],
      ['AU', '2025-01-02', 12],
      ['DE', '2025-01-01', 12],
      ['DE', '2025-01-03', 20],
    ]);
    expect(rows.find((r) => r.country === 'US' && r.rank === 3)?.source).toBe('Example News');
  });

  it('gives each country its first top-10 day, NULL for those that never got there', async () => {
    const rows = await db.query<RankHeatmapRow>(rankHeatmapQuery(lemon8));
    const first = Object.fromEntries(
      rows.map((r) => [r.country, r.firstTop10 ? isoDate(r.firstTop10) : null]),
    );
    expect(first).toEqual({
      CA: '2025-01-01',
      NL: '2025-01-01',
      US: '2025-01-02',
      GB: '2025-01-03',
      AU: null,
      DE: null,
    });
  });

  it('leaves out countries ranked only outside the range, chart or store', async () => {
    const rows = await db.query<RankHeatmapRow>(rankHeatmapQuery(lemon8));
    const countries = new Set(rows.map((r) => r.country));
    for (const absent of ['FR', 'JP', 'IT', 'ES']) expect(countries.has(absent)).toBe(false);
  });

  it('orders by the range it is given: a country’s earlier top-10 days do not count', async () => {
    const rows = await db.query<RankHeatmapRow>(
      rankHeatmapQuery({ ...lemon8, from: '2025-01-02' }),
    );
    // CA, NL and US are all in the top 10 on the 2nd: best #3 (US), #5 (CA), #6 (NL).
    expect([...new Set(rows.map((r) => r.country))]).toEqual(['US', 'CA', 'NL', 'GB', 'AU', 'DE']);
  });
});
