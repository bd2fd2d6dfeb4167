import type { SqlQuery } from '../db/database';
import { appInList } from './appList';
import { scopeCondition, type RankingScope } from './rankingScope';

/**
 * CTEs ending in `app_downloads(app, date, downloads, sources)`: each app's downloads per day over
 * [from, to], for the apps given.
 *
 * Downloads belong to an app, day, store and country, not to a chart: an export repeats the same
 * estimate on the app's row in every chart and category it is listed in (the bundled data does,
 * data/README.md). So the rows are first reduced to one value per app, day, store and country,
 * and only then summed over stores and countries; summing the raw rows would count the app once
 * per chart. Where snapshots disagree across charts (a newer one corrected only the overall row),
 * the newest snapshot's value is read, as the `_current` views do within one key.
 * `sources` lists the sources of the rows the values were read from.
 */
export function appDownloadsCte(
  scope: RankingScope,
  apps: readonly string[],
  from: string,
  to: string,
): SqlQuery {
  const where = scopeCondition(scope);
  const appIn = appInList('app', apps);
  return {
    sql: `download_rows AS (
  SELECT app, date, store, country, downloads, source
  FROM app_rankings_current
  WHERE downloads IS NOT NULL AND ${where.sql}
    AND date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
    AND ${appIn.sql}
  QUALIFY rank() OVER (PARTITION BY app, date, store, country ORDER BY snapshot_id DESC) = 1
),
market_downloads AS (
  SELECT app, date, max(downloads) AS downloads, list(DISTINCT source) AS sources
  FROM download_rows
  GROUP BY app, date, store, country
),
app_downloads AS (
  SELECT app, date, CAST(sum(downloads) AS BIGINT) AS downloads,
         list_sort(list_distinct(flatten(list(sources)))) AS sources
  FROM market_downloads
  GROUP BY app, date
)`,
    params: [...where.params, from, to, ...appIn.params],
  };
}
