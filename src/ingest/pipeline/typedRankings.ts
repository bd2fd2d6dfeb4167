import type { Database } from '../../db/database';
import type { ColumnMapping } from '../types';

/** The columns of a ranking file written in Driftwatch's own form, and their DuckDB types. */
const TYPES: Record<string, string> = {
  date: 'DATE',
  app: 'VARCHAR',
  store: 'VARCHAR',
  country: 'VARCHAR',
  chart: 'VARCHAR',
  category: 'VARCHAR',
  rank: 'INTEGER',
  downloads: 'BIGINT',
  source: 'VARCHAR',
};
const NEEDED = ['date', 'app', 'store', 'country', 'chart', 'category', 'rank', 'downloads'];

/**
 * Whether a ranking file is in the canonical form (the canonical column names, comma-separated,
 * UTF-8), so it can be read typed in one pass instead of staged as text and parsed. Whatever
 * that pass cannot take as it is sends the file down the general path, so the fast path never
 * changes what is accepted or how a refusal is worded.
 */
export function typedReadable(
  kind: string | null,
  mapping: readonly ColumnMapping[],
  delimiter: string,
  encoding: string,
): boolean {
  if (kind !== 'app_rankings' || delimiter !== ',' || encoding !== 'utf-8') return false;
  const fields = mapping.map((m) => m.field);
  return (
    mapping.every((m) => m.field !== null && m.field in TYPES && m.header === m.field) &&
    new Set(fields).size === fields.length &&
    NEEDED.every((field) => fields.includes(field as never))
  );
}

export interface TypedRead {
  /** Data records read, the header excluded. */
  readonly records: number;
  /** Records DuckDB could not read as typed (a bad value, a wrong field count). */
  readonly unreadable: number;
}

/**
 * Reads a canonical ranking file typed, in file order (one thread), into a temporary table:
 * a record's `rowid` is its ordinal, 0 for the first data record.
 */
export async function readTyped(
  db: Database,
  registered: string,
  table: string,
  mapping: readonly ColumnMapping[],
): Promise<TypedRead> {
  const columns = mapping.map((m) => `'${m.field}': '${TYPES[m.field!]}'`).join(', ');
  await db.query({
    sql: `CREATE OR REPLACE TEMP TABLE ${table} AS
          SELECT * FROM read_csv(?, header = true, auto_detect = false, parallel = false, delim = ',',
                        quote = '"', escape = '"', dateformat = '%Y-%m-%d', strict_mode = true,
                        store_rejects = true, rejects_table = '${table}_rejects',
                        rejects_scan = '${table}_scans', columns = {${columns}})`,
    params: [registered],
  });
  const [counts = { records: 0, unreadable: 0 }] = await db.query<TypedRead>(
    `SELECT (SELECT count(*) FROM ${table}) AS records,
            (SELECT count(DISTINCT line) FROM ${table}_rejects) AS unreadable`,
  );
  return counts;
}

/** The temporary tables a typed read leaves. */
export const typedTables = (table: string) => [table, `${table}_rejects`, `${table}_scans`];
