import type { SqlQuery } from '../../db/database';

/** The tables and views an analyst can query: this database's and the session's temporary ones. */
export const SCHEMA_OBJECTS_SQL = `
SELECT table_name AS name, 'table' AS kind, temporary FROM duckdb_tables()
WHERE NOT internal AND database_name IN (current_database(), 'temp')
UNION ALL
SELECT view_name, 'view', temporary FROM duckdb_views()
WHERE NOT internal AND database_name IN (current_database(), 'temp')
ORDER BY kind, name`;

/** Every column of those objects, in their order. */
export const SCHEMA_COLUMNS_SQL = `
SELECT table_name AS object, column_name AS name, data_type AS type FROM duckdb_columns()
WHERE NOT internal AND database_name IN (current_database(), 'temp')
ORDER BY table_name, column_index`;

/** The rows of one table or view; the name is a parameter, never part of the SQL. */
export function rowCountQuery(name: string): SqlQuery {
  return { sql: 'SELECT count(*) AS n FROM query_table(?)', params: [name] };
}
