import type { SqlQuery } from '../db/database';
import { addDays } from './addDays';
import { appDownloadsCte } from './appDownloads';
import { appInList, appListCte } from './appList';
import type { DownloadFilters } from './downloadFilters';
import { scopeCondition } from './rankingScope';

export interface KeyFigureFilters extends DownloadFilters {
  /** The event the before/after downloads compare around (ISO date), or null for none. */
  readonly eventDate: string | null;
}

export interface KeyFiguresRow {
  readonly app: string;
  readonly bestRank: number | null;
  /** The first day of the range the best rank was reached. */
  readonly bestRankDate: Date | null;
  readonly daysAtOne: number;
  readonly daysInTop10: number;
  readonly peakDownloads: number | null;
  /** The first day of the range with the peak. */
  readonly peakDate: Date | null;
  /** Downloads over the 7 days before the event: event − 7 .. event − 1. */
  readonly downloadsBefore: number | null;
  /** Downloads over the event day and the 6 after it: event .. event + 6. */
  readonly downloadsAfter: number | null;
  /** How many of the 7 days of each window have an estimate (a sum over fewer is partial). */
  readonly daysBefore: number;
  readonly daysAfter: number;
  /** after ÷ before: 2.94 is "+194%"; NULL when before is 0 or has no estimate. */
  readonly afterToBefore: number | null;
  /** Sum over the hashtags seen on the app's platform of each one's last count by `to`. */
  readonly hashtagViews: number | null;
}

/**
 * One row per selected app (also for an app with no data: NULLs and zero counts), every figure
 * computed in SQL. A day's rank is the app's best among the charts the filters let through, so
 * with store, country, chart and category all fixed it is that chart's rank.
 *
 * The before/after windows belong to the event, not to the range: they read their 7 days even
 * where these lie outside [from, to], so an event at the edge of the range is still compared
 * week against week. `daysBefore`/`daysAfter` say when a window is short of data.
 * Hashtag views are matched by platform = app id (`xiaohongshu`, `tiktok`, `lemon8`); a count
 * observed at any time up to the end of the range's last day counts, even before `from`.
 */
export function keyFiguresQuery(filters: KeyFigureFilters): SqlQuery {
  const { from, to, eventDate } = filters;
  const downloadsFrom = eventDate ? [from, addDays(eventDate, -7)].sort()[0]! : from;
  const downloadsTo = eventDate ? [to, addDays(eventDate, 6)].sort()[1]! : to;
  const apps = appListCte('selected_apps', filters.apps);
  const scope = scopeCondition(filters);
  const downloads = appDownloadsCte(filters, filters.apps, downloadsFrom, downloadsTo);
  const rankApps = appInList('app', filters.apps);
  const platforms = appInList('platform', filters.apps);
  const sql = `
WITH ${apps.sql},
rank_days AS (
  SELECT app, date, min(rank) AS rank
  FROM app_rankings_current
  WHERE rank IS NOT NULL AND ${scope.sql}
    AND date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
    AND ${rankApps.sql}
  GROUP BY app, date
),
rank_figures AS (
  SELECT app, min(rank) AS best_rank, first(date ORDER BY rank, date) AS best_rank_date,
    count(*) FILTER (WHERE rank = 1) AS days_at_one,
    count(*) FILTER (WHERE rank <= 10) AS days_in_top10
  FROM rank_days
  GROUP BY app
),
${downloads.sql},
event AS (SELECT CAST(? AS DATE) AS day),
download_figures AS (
  SELECT app,
    max(downloads) FILTER (WHERE in_range) AS peak_downloads,
    first(date ORDER BY downloads DESC, date) FILTER (WHERE in_range) AS peak_date,
    sum(downloads) FILTER (WHERE before_event) AS downloads_before,
    count(*) FILTER (WHERE before_event) AS days_before,
    sum(downloads) FILTER (WHERE after_event) AS downloads_after,
    count(*) FILTER (WHERE after_event) AS days_after
  FROM (
    SELECT d.*,
      d.date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AS in_range,
      d.date BETWEEN e.day - 7 AND e.day - 1 AS before_event,
      d.date BETWEEN e.day AND e.day + 6 AS after_event
    FROM app_downloads d, event e
  )
  GROUP BY app
),
hashtag_last AS (
  SELECT platform, hashtag, arg_max(views, observed_at) AS views
  FROM hashtag_views_current
  WHERE observed_at < CAST(? AS DATE) + INTERVAL 1 DAY
    AND ${platforms.sql}
  GROUP BY platform, hashtag
),
hashtag_figures AS (
  SELECT platform AS app, CAST(sum(views) AS BIGINT) AS hashtag_views
  FROM hashtag_last
  GROUP BY platform
)
SELECT a.app,
  r.best_rank AS bestRank, r.best_rank_date AS bestRankDate,
  coalesce(r.days_at_one, 0) AS daysAtOne, coalesce(r.days_in_top10, 0) AS daysInTop10,
  d.peak_downloads AS peakDownloads, d.peak_date AS peakDate,
  CAST(d.downloads_before AS BIGINT) AS downloadsBefore,
  CAST(d.downloads_after AS BIGINT) AS downloadsAfter,
  coalesce(d.days_before, 0) AS daysBefore, coalesce(d.days_after, 0) AS daysAfter,
  CAST(d.downloads_after AS DOUBLE) / nullif(d.downloads_before, 0) AS afterToBefore,
  h.hashtag_views AS hashtagViews
FROM selected_apps a
LEFT JOIN rank_figures r ON r.app = a.app
LEFT JOIN download_figures d ON d.app = a.app
LEFT JOIN hashtag_figures h ON h.app = a.app
ORDER BY a.ord`;
  return {
    sql,
    params: [
      ...apps.params,
      ...scope.params,
      from,
      to,
      ...rankApps.params,
      ...downloads.params,
      eventDate,
      from,
      to,
      to,
      ...platforms.params,
    ],
  };
}
