import type { RankSeries } from '../charts/rankHistory';
import type { SqlQuery } from '../db/database';
import { appLabel } from '../domain/apps';
import { groupInOrder } from './groupInOrder';
import { placeholders } from './placeholders';
import type { RankFilters } from './rankFilters';

export interface RankHistoryRow {
  readonly app: string;
  readonly date: Date;
  readonly rank: number | null;
  readonly source: string | null;
}

/**
 * One row per selected app and day of the range, with a NULL rank on days the app has no rank,
 * so the chart draws a gap there. Where snapshots overlap, the newest one's row is read.
 */
export function rankHistoryQuery(filters: RankFilters): SqlQuery {
  const apps = filters.apps.map((app, order) => `(?, ${order})`).join(', ');
  const sql = `
WITH selected_apps(app, ord) AS (VALUES ${apps}),
days AS (
  SELECT CAST(range AS DATE) AS date
  FROM range(CAST(? AS DATE), CAST(? AS DATE) + INTERVAL 1 DAY, INTERVAL 1 DAY)
),
ranked AS (
  SELECT date, app, rank, source
  FROM app_rankings_current
  WHERE store = ? AND country = ? AND chart = ? AND category = ?
    AND date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
    AND rank IS NOT NULL
    AND app IN (${placeholders(filters.apps.length)})
)
SELECT a.app, d.date, r.rank, r.source
FROM selected_apps a
CROSS JOIN days d
LEFT JOIN ranked r ON r.app = a.app AND r.date = d.date
ORDER BY a.ord, d.date`;
  return {
    sql,
    params: [
      ...filters.apps,
      filters.from,
      filters.to,
      filters.store,
      filters.country,
      filters.chart,
      filters.category,
      filters.from,
      filters.to,
      ...filters.apps,
    ],
  };
}

/** Groups the rows into one series per app, in the order the rows come (the selection's). */
export function toRankSeries(rows: readonly RankHistoryRow[]): RankSeries[] {
  return Array.from(
    groupInOrder(rows, (r) => r.app),
    ([app, points]) => ({
      app,
      label: appLabel(app),
      points: points.map(({ date, rank }) => ({ date, rank })),
    }),
  );
}
