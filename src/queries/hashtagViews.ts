import type { SqlQuery } from '../db/database';
import { placeholders } from './placeholders';

export interface HashtagViewsFilters {
  /** Empty: every hashtag. */
  readonly hashtags: readonly string[];
  /** Empty: every platform. */
  readonly platforms: readonly string[];
  /** ISO dates, `YYYY-MM-DD`, UTC, inclusive. */
  readonly from: string;
  readonly to: string;
}

export interface HashtagViewsRow {
  readonly hashtag: string;
  readonly platform: string;
  readonly date: Date;
  /** Cumulative views at the day's last observation. */
  readonly views: number;
  /** Growth since the previous observed day; NULL on the first one and where views went down. */
  readonly daily: number | null;
  /** The (negative) difference where views went down: a recount, drawn as a correction. */
  readonly correction: number | null;
  /**
   * Days since the previous observed day: 1 for consecutive days, more when `daily` covers days
   * without an observation; NULL on the series' first day.
   */
  readonly gapDays: number | null;
  /** Source of the day's last observation. */
  readonly source: string;
}

/**
 * One row per hashtag, platform and observed UTC day of the range: only days with an
 * observation have a row. The increment of the range's first day is taken from the last
 * observed day before the range, so it is not lost at the edge.
 */
export function hashtagViewsQuery(filters: HashtagViewsFilters): SqlQuery {
  const { hashtags, platforms } = filters;
  const hashtagClause = hashtags.length ? `AND hashtag IN (${placeholders(hashtags.length)})` : '';
  const platformClause = platforms.length
    ? `AND platform IN (${placeholders(platforms.length)})`
    : '';
  const sql = `
WITH observed_days AS (
  SELECT hashtag, platform, CAST(observed_at AS DATE) AS date,
         arg_max(views, observed_at) AS views, arg_max(source, observed_at) AS source
  FROM hashtag_views_current
  WHERE observed_at < CAST(? AS DATE) + INTERVAL 1 DAY ${hashtagClause} ${platformClause}
  GROUP BY hashtag, platform, CAST(observed_at AS DATE)
),
steps AS (
  SELECT *,
    views - lag(views) OVER previous AS change,
    date - lag(date) OVER previous AS gap_days
  FROM observed_days
  WINDOW previous AS (PARTITION BY hashtag, platform ORDER BY date)
)
SELECT hashtag, platform, date, views,
  CASE WHEN change >= 0 THEN change END AS daily,
  CASE WHEN change < 0 THEN change END AS correction,
  gap_days AS gapDays,
  source
FROM steps
WHERE date >= CAST(? AS DATE)
ORDER BY hashtag, platform, date`;
  return { sql, params: [filters.to, ...hashtags, ...platforms, filters.from] };
}
