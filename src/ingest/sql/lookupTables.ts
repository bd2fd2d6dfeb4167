import type { Database } from '../../db/database';
import { APP_ALIASES } from '../../domain/appAliases';
import { KNOWN_APPS } from '../../domain/apps';
import { COUNTRY_NAMES } from '../../domain/countries';
import { CHART_ALIASES, STORE_ALIASES } from '../../domain/stores';

/** A name as written, and the canonical id it stands for. */
type Alias = readonly [name: string, id: string];

interface AliasTable {
  readonly table: string;
  readonly idColumn: string;
  readonly aliases: () => Alias[];
}

/** Each id is also a name of itself (`tiktok`, `google_play`, `US`). */
function aliasesOf(namesById: Readonly<Record<string, readonly string[]>>): Alias[] {
  return Object.entries(namesById).flatMap(([id, names]) => [
    [id, id] as const,
    ...names.map((name) => [name, id] as const),
  ]);
}

const ALIAS_TABLES: readonly AliasTable[] = [
  {
    table: 'dw_app_alias',
    idColumn: 'app',
    aliases: () => [
      ...aliasesOf(APP_ALIASES),
      ...Object.entries(KNOWN_APPS).map(([id, label]) => [label, id] as const),
    ],
  },
  { table: 'dw_country_alias', idColumn: 'code', aliases: () => aliasesOf(COUNTRY_NAMES) },
  { table: 'dw_store_alias', idColumn: 'store', aliases: () => aliasesOf(STORE_ALIASES) },
  { table: 'dw_chart_alias', idColumn: 'chart', aliases: () => aliasesOf(CHART_ALIASES) },
];

export const LOOKUP_TABLES_SQL = ALIAS_TABLES.map(
  ({ table, idColumn }) =>
    `CREATE OR REPLACE TEMP TABLE ${table} (alias_key VARCHAR PRIMARY KEY, ${idColumn} VARCHAR NOT NULL);`,
).join('\n');

/** Separates the names of one parameter: a control character no name contains. */
const UNIT = '\u001f';

/**
 * Fills the alias tables from the TypeScript constants. The keys are computed by `dw_key` in SQL,
 * so the ingest matches names exactly as the tables were keyed. Two names with one key but
 * different ids break the primary key: a clash in the constants fails loudly here.
 * The names and ids travel as two parameters split in SQL: a statement with a placeholder per
 * name (over a thousand) took a quarter of a second to prepare, at every start of the page.
 */
export async function fillLookupTables(db: Database): Promise<void> {
  for (const { table, idColumn, aliases } of ALIAS_TABLES) {
    const rows = aliases();
    if (rows.some(([name, id]) => name.includes(UNIT) || id.includes(UNIT)))
      throw new Error(`A name for ${table} contains the separator U+001F`);
    await db.query({
      sql: `INSERT INTO ${table} (alias_key, ${idColumn})
            SELECT DISTINCT dw_key(name), id
            FROM (SELECT unnest(string_split(?, chr(31))) AS name,
                         unnest(string_split(?, chr(31))) AS id)`,
      params: [rows.map(([name]) => name).join(UNIT), rows.map(([, id]) => id).join(UNIT)],
    });
  }
}
