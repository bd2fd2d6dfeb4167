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
  // hashtag_daily (src/db/schema.ts) takes each change from the counted day before, so a range's
  // first day still has its change from the day before the range.
  const sql = `
SELECT hashtag, platform, date, views, daily, correction, gap_days AS gapDays, source
FROM hashtag_daily
WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) ${hashtagClause} ${platformClause}
ORDER BY hashtag, platform, date`;
  return { sql, params: [filters.from, filters.to, ...hashtags, ...platforms] };
}
