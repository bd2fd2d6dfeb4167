import type { SqlQuery } from '../db/database';

/**
 * A CTE `name(app, ord)` of apps in the order given, each once. An empty list gives an empty
 * CTE (a `VALUES` list cannot be empty).
 */
export function appListCte(
  name: 'selected_apps' | 'focus_apps',
  apps: readonly string[],
): SqlQuery {
  const unique = [...new Set(apps)];
  if (unique.length === 0) {
    return {
      sql: `${name} AS (SELECT CAST(NULL AS VARCHAR) AS app, 0 AS ord WHERE false)`,
      params: [],
    };
  }
  const rows = unique.map((_, ord) => `(?, ${ord})`).join(', ');
  return { sql: `${name}(app, ord) AS (VALUES ${rows})`, params: unique };
}

/**
 * `app IN (?, ...)` (or `false` for no apps). A list of values rather than a subquery of the CTE:
 * DuckDB pushes a value list below the `_current` views' window into the table scan, a semi-join
 * it does not, and then the window runs over the whole table (about 10× slower at 1M rows).
 */
export function appInList(column: 'app' | 'platform', apps: readonly string[]): SqlQuery {
  const unique = [...new Set(apps)];
  if (unique.length === 0) return { sql: 'false', params: [] };
  return { sql: `${column} IN (${unique.map(() => '?').join(', ')})`, params: unique };
}
