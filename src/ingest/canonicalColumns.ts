import type { DataTable } from '../db/schema';

/** The columns of a canonical CSV file, in order, with their DuckDB types. */
export const CANONICAL_COLUMNS = {
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
} as const satisfies Record<DataTable, ReadonlyArray<readonly [string, string]>>;

export type CanonicalColumn<K extends DataTable> = (typeof CANONICAL_COLUMNS)[K][number][0];

/** The header of a canonical CSV file of this kind. */
export function canonicalHeader<K extends DataTable>(kind: K): CanonicalColumn<K>[] {
  return CANONICAL_COLUMNS[kind].map(([name]) => name as CanonicalColumn<K>);
}
