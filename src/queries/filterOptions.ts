import type { SqlQuery } from '../db/database';
import { FOCUS_APPS } from '../domain/apps';
import { appListCte } from './appList';

export interface FilterOptionsRow {
  readonly stores: string[];
  readonly countries: string[];
  readonly charts: string[];
  /** Categories of every store (`social_networking` is iOS's, `social` Google Play's). */
  readonly categories: string[];
  readonly platforms: string[];
  readonly hashtags: string[];
  /** First and last day of any rankings, hashtag counts or events; NULL with no data at all. */
  readonly first: Date | null;
  readonly last: Date | null;
  /** The same without events, which can lie long before or after anything measured. */
  readonly measuredFirst: Date | null;
  readonly measuredLast: Date | null;
}

export interface AppOptionRow {
  readonly app: string;
  /** Days with a rank in any store, country or chart. */
  readonly days: number;
  readonly focus: boolean;
}

/**
 * What the controls can offer, in one row of sorted lists. It reads the tables, not the
 * `_current` views: those only choose among rows of one key, and every value listed here (and
 * every date) is part of the key, so the sets are the same without the views' window.
 */
export function filterOptionsQuery(): SqlQuery {
  const list = (column: string) => `coalesce(list(DISTINCT ${column} ORDER BY ${column}), [])`;
  const sql = `
WITH rankings AS (
  SELECT ${list('store')} AS stores, ${list('country')} AS countries, ${list('chart')} AS charts,
    ${list('category')} AS categories, min(date) AS first, max(date) AS last
  FROM app_rankings
),
hashtags AS (
  SELECT ${list('platform')} AS platforms, ${list('hashtag')} AS hashtags,
    CAST(min(observed_at) AS DATE) AS first, CAST(max(observed_at) AS DATE) AS last
  FROM hashtag_views
),
events AS (SELECT min(date) AS first, max(date) AS last FROM events)
SELECT r.stores, r.countries, r.charts, r.categories, h.platforms, h.hashtags,
  least(r.first, h.first, e.first) AS first, greatest(r.last, h.last, e.last) AS last,
  least(r.first, h.first) AS measuredFirst, greatest(r.last, h.last) AS measuredLast
FROM rankings r, hashtags h, events e`;
  return { sql, params: [] };
}

/**
 * Every app in the rankings with the days it is ranked; the focus apps first, in their order,
 * then the others by days ranked, most first.
 */
export function appOptionsQuery(focus: readonly string[] = FOCUS_APPS): SqlQuery {
  const focusApps = appListCte('focus_apps', focus);
  const sql = `
WITH ${focusApps.sql},
apps AS (
  SELECT app, count(DISTINCT date) FILTER (WHERE rank IS NOT NULL) AS days
  FROM app_rankings_current
  GROUP BY app
)
SELECT a.app, a.days, f.ord IS NOT NULL AS focus
FROM apps a LEFT JOIN focus_apps f ON f.app = a.app
ORDER BY f.ord NULLS LAST, a.days DESC, a.app`;
  return { sql, params: focusApps.params };
}
