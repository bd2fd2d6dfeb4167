import type { SqlQuery } from '../db/database';
import { addDays } from './addDays';
import { appDownloadsCte } from './appDownloads';
import { appListCte } from './appList';
import type { DownloadFilters } from './downloadFilters';
import { sourcesOf, type SourceSummary } from './sourcesOf';

export interface DailyDownloadsFilters extends DownloadFilters {
  /**
   * The days `indexed` divides by the mean of: one day (from = to) or a window, inside the range
   * or not. Default: the range's first day.
   */
  readonly baselineFrom?: string;
  readonly baselineTo?: string;
}

export interface DailyDownloadsRow {
  readonly app: string;
  readonly date: Date;
  readonly downloads: number | null;
  /** Mean over the days of the last seven (this one included) that have a value; NULL under 4. */
  readonly average7: number | null;
  /** 0..1 of the selected apps' total that day, over the apps that have a value that day. */
  readonly share: number | null;
  /** downloads / baseline × 100. */
  readonly indexed: number | null;
  /** downloads / the app's highest day in the range × 100. */
  readonly ofPeak: number | null;
  /** Sources of the rows summed into this value, sorted; NULL where there is no value. */
  readonly sources: readonly string[] | null;
}

/**
 * One row per selected app and day of the range (NULL downloads where there is no estimate), with
 * the derived measures the downloads chart can switch between.
 *
 * `share` ignores apps without a value that day rather than counting them as 0: no row means no
 * estimate, not no downloads. It is NULL for an app without a value, and for every app when the
 * day's total is 0. With one app selected it is 1 wherever that app has a value.
 * The trailing mean reads the six days before `from`, so the range's first days have one too.
 */
export function dailyDownloadsQuery(filters: DailyDownloadsFilters): SqlQuery {
  const { from, to } = filters;
  const baselineFrom = filters.baselineFrom ?? from;
  const baselineTo = filters.baselineTo ?? filters.baselineFrom ?? from;
  const gridFrom = [addDays(from, -6), baselineFrom].sort()[0]!;
  const gridTo = [to, baselineTo].sort()[1]!;
  const apps = appListCte('selected_apps', filters.apps);
  const downloads = appDownloadsCte(filters, filters.apps, gridFrom, gridTo);
  const sql = `
WITH ${apps.sql},
${downloads.sql},
days AS (
  SELECT CAST(range AS DATE) AS date
  FROM range(CAST(? AS DATE), CAST(? AS DATE) + INTERVAL 1 DAY, INTERVAL 1 DAY)
),
grid AS (
  SELECT a.app, a.ord, d.date, v.downloads, v.sources
  FROM selected_apps a
  CROSS JOIN days d
  LEFT JOIN app_downloads v ON v.app = a.app AND v.date = d.date
),
measured AS (
  SELECT *,
    count(downloads) OVER last7 AS days7,
    avg(downloads) OVER last7 AS mean7,
    sum(downloads) OVER (PARTITION BY date) AS day_total,
    avg(CASE WHEN date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) THEN downloads END)
      OVER (PARTITION BY app) AS baseline,
    max(CASE WHEN date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) THEN downloads END)
      OVER (PARTITION BY app) AS peak
  FROM grid
  -- The grid is dense, so six rows back is six days back.
  WINDOW last7 AS (PARTITION BY app ORDER BY date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
)
SELECT app, date, downloads,
  CASE WHEN days7 >= 4 THEN mean7 END AS average7,
  CAST(downloads AS DOUBLE) / nullif(day_total, 0) AS share,
  CAST(downloads AS DOUBLE) * 100 / nullif(baseline, 0) AS indexed,
  CAST(downloads AS DOUBLE) * 100 / nullif(peak, 0) AS ofPeak,
  sources
FROM measured
WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
ORDER BY ord, date`;
  return {
    sql,
    params: [
      ...apps.params,
      ...downloads.params,
      gridFrom,
      gridTo,
      baselineFrom,
      baselineTo,
      from,
      to,
      from,
      to,
    ],
  };
}

/** What the downloads chart's source line says about the values these rows draw. */
export function sourcesOfDownloads(rows: readonly DailyDownloadsRow[]): SourceSummary {
  const drawn = rows.flatMap((row) => (row.sources ?? []).map((source) => ({ source })));
  return sourcesOf(drawn, 'downloads');
}
