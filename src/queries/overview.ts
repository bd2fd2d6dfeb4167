import type { SqlQuery } from '../db/database';
import { appInList } from './appList';
import type { DownloadFilters } from './downloadFilters';
import { scopeCondition } from './rankingScope';

export type OverviewFilters = Omit<DownloadFilters, 'from' | 'to'>;

/** An app's best rank of a day among the charts the filters let through. */
export interface RankedDayRow {
  readonly app: string;
  readonly date: Date;
  readonly rank: number;
  /** Who published that rank (the snapshot's source where the row names none). */
  readonly source: string | null;
}

/**
 * The days the brushable timeline under the charts draws: each selected app's best rank per
 * day, so a filter left open (store, country, chart or category) still gives one value per app
 * and day. Rank rather than downloads: every chart row has one, while downloads are estimates a
 * rank-only snapshot lacks, and the shapes then match the rank chart the brush drives. Only the
 * ranked days, in no order: `toOverviewRows` lays them over every day. Every change of view waits
 * for this query, and filling the days in SQL (a series, a cross join, a left join, a sort) took
 * longer to plan and run than reading the ranks.
 */
export function overviewQuery(filters: OverviewFilters): SqlQuery {
  const scope = scopeCondition(filters);
  const appIn = appInList('app', filters.apps);
  const sql = `
SELECT app, date, min(rank) AS rank, arg_min(source, rank) AS source
FROM app_rankings_current
WHERE rank IS NOT NULL AND ${scope.sql}
  AND ${appIn.sql}
GROUP BY app, date`;
  return { sql, params: [...scope.params, ...appIn.params] };
}
