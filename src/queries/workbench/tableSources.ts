import type { SqlQuery } from '../../db/database';
import type { DataTable } from '../../db/schema';
import { CURRENT_VIEW } from '../snapshotsOfTables';
import { mergeSources, sourcesOf, type SourceSummary } from '../sourcesOf';

export interface TableSourceRow {
  readonly tableName: DataTable;
  readonly source: string | null;
}

/** Every source of the current rows of these tables. */
export function tableSourcesQuery(tables: readonly DataTable[]): SqlQuery {
  const parts = [...new Set(tables)].map(
    (table) => `SELECT DISTINCT '${table}' AS tableName, source FROM ${CURRENT_VIEW[table]}`,
  );
  return {
    sql: parts.length
      ? `${parts.join(' UNION ALL ')} ORDER BY tableName, source`
      : 'SELECT NULL AS tableName, NULL AS source WHERE false',
    params: [],
  };
}

/**
 * What a chart of a free query stands on, when nobody can tell which rows it drew: every source
 * of the tables it reads. A ranking row counts for its rank and for its downloads, so a published
 * rank with illustrative downloads says both.
 */
export function tableSources(rows: readonly TableSourceRow[]): SourceSummary {
  const of = (table: DataTable) => rows.filter((r) => r.tableName === table);
  return mergeSources(
    sourcesOf(of('app_rankings'), 'rank'),
    sourcesOf(of('app_rankings'), 'downloads'),
    sourcesOf(of('hashtag_views'), 'views'),
    sourcesOf(of('events'), 'rank'),
  );
}
