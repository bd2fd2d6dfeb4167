import type { SqlQuery } from '../db/database';

export interface RankHeatmapFilters {
  readonly app: string;
  readonly store: string;
  readonly chart: string;
  readonly category: string;
  /** ISO dates, `YYYY-MM-DD`, UTC, inclusive. */
  readonly from: string;
  readonly to: string;
}

export interface RankHeatmapRow {
  readonly country: string;
  readonly date: Date;
  readonly rank: number;
  /** The country's row in the heatmap, from 0. */
  readonly countryOrder: number;
  /** The first day the app was in the country's top 10 in the range, or NULL. */
  readonly firstTop10: Date | null;
  readonly source: string;
}

/**
 * The app's rank per country and day, only on days it has one: the chart leaves the other cells
 * empty (not ranked), so no dense grid is sent. Only countries where the app is ranked in the
 * range appear. Countries come in the order they first reached the top 10 (ties by best rank,
 * then code), then the ones that never did, by best rank and code.
 */
export function rankHeatmapQuery(filters: RankHeatmapFilters): SqlQuery {
  const sql = `
WITH ranked AS (
  SELECT country, date, rank, source
  FROM app_rankings_current
  WHERE app = ? AND store = ? AND chart = ? AND category = ?
    AND date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
    AND rank IS NOT NULL
),
countries AS (
  SELECT country, min(date) FILTER (WHERE rank <= 10) AS first_top10, min(rank) AS best
  FROM ranked
  GROUP BY country
),
ordered AS (
  SELECT country, first_top10,
    row_number() OVER (ORDER BY first_top10 NULLS LAST, best, country) - 1 AS country_order
  FROM countries
)
SELECT r.country, r.date, r.rank, o.country_order AS countryOrder,
       o.first_top10 AS firstTop10, r.source
FROM ranked r JOIN ordered o USING (country)
ORDER BY o.country_order, r.date`;
  return {
    sql,
    params: [filters.app, filters.store, filters.chart, filters.category, filters.from, filters.to],
  };
}
