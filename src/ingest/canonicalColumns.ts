import type { DataTable } from '../db/schema';

/** The columns of a canonical CSV file, in order, with their DuckDB types. */
export const CANONICAL_COLUMNS: Record<DataTable, ReadonlyArray<readonly [string, string]>> = {
  app_rankings: [
    ['date', 'DATE'],
    ['app', 'VARCHAR'],
    ['store', 'VARCHAR'],
    ['country', 'VARCHAR'],
    ['chart', 'VARCHAR'],
    ['category', 'VARCHAR'],
    ['rank', 'INTEGER'],
    ['downloads', 'BIGINT'],
    ['source', 'VARCHAR'],
  ],
  hashtag_views: [
    ['observed_at', 'TIMESTAMP'],
    ['platform', 'VARCHAR'],
    ['hashtag', 'VARCHAR'],
    ['views', 'BIGINT'],
    ['posts', 'BIGINT'],
    ['source', 'VARCHAR'],
  ],
  events: [
    ['date', 'DATE'],
    ['label', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['source', 'VARCHAR'],
  ],
};
