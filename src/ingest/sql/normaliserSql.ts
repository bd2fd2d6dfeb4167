import type { Database } from '../../db/database';
import { COUNT_MACROS_SQL } from './countMacros';
import { DATE_GENERAL_MACROS_SQL } from './dateGeneralMacros';
import { DATE_MACROS_SQL } from './dateMacros';
import { LOOKUP_TABLES_SQL, fillLookupTables } from './lookupTables';
import { TEXT_MACROS_SQL } from './textMacros';

/**
 * The value normalisers of the ingest, as DuckDB macros over the VARCHAR staging columns. Each
 * returns NULL, never raises, for a value it cannot read; surrounding whitespace (no-break
 * spaces included) is ignored.
 *
 * - `dw_key(s VARCHAR) -> VARCHAR`: NFC, lower case, no whitespace, punctuation or symbols: the
 *   SQL twin of `lookupKey` (src/domain/appAliases.ts); NULL when nothing remains.
 * - `dw_count(s VARCHAR) -> BIGINT`: `1234`, `-5`, `#1`, `1,234,567`, `1 234`, `1_234`,
 *   `1.234.567`, `1.2M`, `64.906M`, `3K`, `2bn`, `6000万`, `5.8亿`, `3千` (rounded to the nearest).
 * - `dw_date(s VARCHAR, dmy BOOLEAN) -> DATE`: ISO dates and date-times (the date as written),
 *   `YYYY/MM/DD`, `YYYY.MM.DD`, numeric `D/M/YYYY` (dmy true) or `M/D/YYYY` (dmy false; NULL
 *   when dmy is NULL) with `/`, `-` or `.`, `Jan 13, 2025`, `13 January 2025`, `13-Jan-2025`,
 *   `Mon, 13 Jan 2025`; any of them with a time as below.
 * - `dw_timestamp(s VARCHAR, dmy BOOLEAN) -> TIMESTAMP`: in UTC; `HH:MM[:SS[.fff]]` after `T`
 *   or a space, optionally `AM`/`PM`, then `Z`, `UTC`, `GMT`, `±HH`, `±HHMM` or `±HH:MM`, which
 *   is applied; no offset means UTC; a date alone is midnight.
 * - `dw_date_order_evidence(s VARCHAR) -> VARCHAR`: for numeric `NN/NN/YYYY` values, which day-month
 *   orders give a real date: `dmy`, `mdy`, `either` or `neither`; NULL for any other shape.
 * - `dw_slug(s VARCHAR) -> VARCHAR`: `Bluesky Social` -> `bluesky-social`, for unknown apps.
 * - `dw_hashtag(s VARCHAR) -> VARCHAR`: `#TikTok Refugee` -> `tiktokrefugee`.
 * - `dw_category(s VARCHAR) -> VARCHAR`: `Photo & Video` -> `photo_video`; blank and `All` ->
 *   `overall`; NULL for punctuation alone.
 *
 * Tables, keyed by `dw_key` of every name: `dw_app_alias(alias_key, app)`,
 * `dw_country_alias(alias_key, code)`, `dw_store_alias(alias_key, store)`,
 * `dw_chart_alias(alias_key, chart)`. Resolve with
 * `LEFT JOIN dw_app_alias ON alias_key = dw_key(value)`, falling back to `dw_slug(value)`.
 *
 * Everything is TEMP: it belongs to the connection, so a persisted database never holds stale
 * helpers, and `createNormalisers` must run once per connection (it is idempotent). Helper
 * macros start with `dw__`.
 *
 * Cost, per million values in Node (wasm, one thread): `dw_count` and `dw_date` 0.2-0.8 s on
 * their common shapes, 3-5 s on rarer ones that need the general parser (a weekday, a padded
 * grouped number); `dw_date_order_evidence` about 1.5 s; the text macros about 1 s. Values
 * repeat a lot (a file has few distinct dates or app names), so normalise `DISTINCT` values
 * and join them back.
 */
export const NORMALISER_SQL = [
  TEXT_MACROS_SQL,
  COUNT_MACROS_SQL,
  DATE_GENERAL_MACROS_SQL,
  DATE_MACROS_SQL,
  LOOKUP_TABLES_SQL,
].join('\n');

const created = new WeakMap<Database, Promise<void>>();

/** Creates the normaliser macros and fills the alias tables. */
export function createNormalisers(db: Database): Promise<void> {
  const done = db.exec(NORMALISER_SQL).then(() => fillLookupTables(db));
  created.set(db, done);
  done.catch(() => created.get(db) === done && created.delete(db));
  return done;
}

/**
 * The normalisers, created the first time a file is inspected rather than at start: the page
 * starts from tables built at build time, and most visits load no file.
 */
export function ensureNormalisers(db: Database): Promise<void> {
  return created.get(db) ?? createNormalisers(db);
}
