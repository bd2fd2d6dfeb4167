import type { SqlQuery } from '../db/database';
import { appInList, appListCte } from './appList';
import type { DownloadFilters } from './downloadFilters';
import { scopeCondition } from './rankingScope';

export type OverviewFilters = Omit<DownloadFilters, 'from' | 'to'>;

export interface OverviewRow {
  readonly app: string;
  readonly date: Date;
  /** The app's best rank that day among the charts the filters let through; NULL: not ranked. */
  readonly rank: number | null;
  /** Who published that rank (the snapshot's source where the row names none). */
  readonly source: string | null;
}

/**
 * The brushable timeline under the charts: each selected app's rank per day, over every day from
 * the first to the last that any of them is ranked under the filters, NULL where it is not.
 * Rank rather than downloads: every chart row has one, while downloads are estimates a rank-only
 * snapshot lacks, and the shapes then match the rank chart the brush drives. The best rank, so a
 * filter left open (store, country, chart or category) still gives one value per app and day.
 */
export function overviewQuery(filters: OverviewFilters): SqlQuery {
  const apps = appListCte('selected_apps', filters.apps);
  const scope = scopeCondition(filters);
  const appIn = appInList('app', filters.apps);
  const sql = `
WITH ${apps.sql},
ranked AS (
  SELECT app, date, min(rank) AS rank, arg_min(source, rank) AS source
  FROM app_rankings_current
  WHERE rank IS NOT NULL AND ${scope.sql}
    AND ${appIn.sql}
  GROUP BY app, date
),
days AS (
  SELECT CAST(unnest(generate_series(
    CAST(min(date) AS TIMESTAMP), CAST(max(date) AS TIMESTAMP), INTERVAL 1 DAY)) AS DATE) AS date
  FROM ranked
)
SELECT a.app, d.date, r.rank, r.source
FROM selected_apps a
CROSS JOIN days d
LEFT JOIN ranked r ON r.app = a.app AND r.date = d.date
ORDER BY a.ord, d.date`;
  return { sql, params: [...apps.params, ...scope.params, ...appIn.params] };
}
