/** A question worth asking of the data, and the SQL that answers it. */
export interface ExampleQuery {
  readonly title: string;
  readonly sql: string;
}

/**
 * Questions analysts asked of the January 2025 migration, answered from the current snapshots
 * (`rankings_current`, `hashtag_daily`, `events_current`: the newest snapshot's value per key).
 */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Days each app held #1, per store and country',
    sql: `-- Days at #1 of the top free apps (all categories together), per store and country
SELECT app, store, country,
  count(*) AS days_at_1,
  min(date) AS first_day,
  max(date) AS last_day
FROM rankings_current
WHERE chart = 'top_free' AND category = 'overall' AND rank = 1
GROUP BY app, store, country
ORDER BY days_at_1 DESC, app, store, country;`,
  },
  {
    title: 'First day each app entered the top 10',
    sql: `-- The first day each app ranked in the top 10 of the top free apps, per store and country
SELECT app, store, country,
  min(date) AS first_top_10_day,
  arg_min(rank, date) AS rank_that_day,
  min(rank) AS best_rank
FROM rankings_current
WHERE chart = 'top_free' AND category = 'overall' AND rank <= 10
GROUP BY app, store, country
ORDER BY first_top_10_day, store, country, app;`,
  },
  {
    title: 'Downloads in the week after each event, against the week before',
    sql: `-- US App Store downloads: the event day and the 6 after it, against the 7 days before
-- (the same windows as the dashboard's key figures). days_* say how many days had an estimate.
SELECT e.date AS event_date, e.label AS event, r.app,
  sum(r.downloads) FILTER (WHERE r.date BETWEEN e.date - 7 AND e.date - 1) AS week_before,
  sum(r.downloads) FILTER (WHERE r.date BETWEEN e.date AND e.date + 6) AS week_after,
  count(r.downloads) FILTER (WHERE r.date BETWEEN e.date - 7 AND e.date - 1) AS days_before,
  count(r.downloads) FILTER (WHERE r.date BETWEEN e.date AND e.date + 6) AS days_after,
  round(100 * (week_after / nullif(week_before, 0) - 1), 1) AS change_pct
FROM events_current e
JOIN rankings_current r ON r.date BETWEEN e.date - 7 AND e.date + 6
WHERE r.store = 'ios' AND r.country = 'US' AND r.chart = 'top_free' AND r.category = 'overall'
  AND r.app IN ('tiktok', 'xiaohongshu', 'lemon8')
GROUP BY e.date, e.label, r.app
ORDER BY event_date, r.app;`,
  },
  {
    title: 'Daily downloads per app in the US App Store (try Chart this)',
    sql: `SELECT date, app, downloads
FROM rankings_current
WHERE store = 'ios' AND country = 'US' AND chart = 'top_free' AND category = 'overall'
  AND app IN ('tiktok', 'xiaohongshu', 'lemon8')
ORDER BY date, app;`,
  },
  {
    title: 'Views gained per day by each hashtag',
    sql: `-- The last count of each day, and the gain since the previous counted day
SELECT date, hashtag || ' on ' || platform AS hashtag, views, daily, correction, gap_days
FROM hashtag_daily
ORDER BY hashtag, date;`,
  },
];
