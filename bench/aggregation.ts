import type { RankFilters } from '../src/queries/rankFilters';

/**
 * The aggregation every side of the comparison runs: the dashboard's rank history for its default
 * view (the best rank per app and day, on one store's chart in one country) over the file's days.
 */
export const BENCH_FILTERS = (from: string, to: string): RankFilters => ({
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
  apps: ['tiktok', 'xiaohongshu', 'lemon8'],
  from,
  to,
});
