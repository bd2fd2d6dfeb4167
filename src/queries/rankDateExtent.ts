import type { SqlQuery } from '../db/database';
import { placeholders } from './placeholders';
import type { RankFilters } from './rankFilters';

export interface DateExtentRow {
  readonly first: Date | null;
  readonly last: Date | null;
}

/**
 * The first and last day the selected apps have a rank in the selected chart: the default date
 * range, so rows of other charts or countries never stretch the view into empty days.
 */
export function rankDateExtentQuery(view: Omit<RankFilters, 'from' | 'to'>): SqlQuery {
  return {
    sql: `SELECT min(date) AS first, max(date) AS last
FROM app_rankings_current
WHERE store = ? AND country = ? AND chart = ? AND category = ?
  AND rank IS NOT NULL
  AND app IN (${placeholders(view.apps.length)})`,
    params: [view.store, view.country, view.chart, view.category, ...view.apps],
  };
}
