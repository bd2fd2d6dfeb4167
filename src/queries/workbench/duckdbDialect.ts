import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

const DUCKDB_KEYWORDS = `
  abort analyse analyze anti asof attach by cascade checkpoint columns comment conflict copy
  database databases describe detach do exclude export extension extensions force functions
  generated ignore ilike import install lambda load macro materialized merge name nothing
  nulls ordinality persistent pivot pivot_longer pivot_wider positional pragma qualify recursive
  rename replace reservoir reset returning sample schemas secret secrets semi sequence show similar
  stored summarize tables tablesample temp temporary try_cast type union_by_name unpivot use using
  vacuum variable view views virtual`;

const DUCKDB_TYPES = `
  tinyint smallint integer int bigint hugeint utinyint usmallint uinteger ubigint uhugeint int1 int2
  int4 int8 int16 int32 int64 int128 float real double decimal numeric varchar char bpchar text
  string blob bytea binary varbinary bool boolean date time timetz timestamp datetime timestamptz
  timestamp_s timestamp_ms timestamp_ns timestamp_us interval uuid json list struct map enum bit
  bitstring varint array`;

const DUCKDB_BUILTINS = `
  read_csv read_csv_auto read_parquet parquet_scan read_json read_json_auto read_ndjson read_text
  read_blob glob sniff_csv range generate_series unnest list_value strftime strptime date_trunc
  date_diff datediff date_part datepart date_add date_sub make_date make_time make_timestamp
  to_timestamp epoch epoch_ms time_bucket last_day dayname monthname today now age arg_max arg_min
  argmax argmin max_by min_by count_if string_agg list_agg listagg group_concat array_agg histogram
  quantile quantile_cont quantile_disc approx_quantile approx_count_distinct median mode
  first last any_value avg sum min max count product fsum favg stddev stddev_pop stddev_samp variance
  var_pop var_samp corr covar_pop covar_samp regr_slope regr_intercept entropy kurtosis skewness mad
  bool_and bool_or bit_and bit_or row_number rank dense_rank percent_rank cume_dist ntile lag lead
  first_value last_value nth_value coalesce ifnull nullif greatest least concat concat_ws lower upper
  length len strlen substring substr trim ltrim rtrim lpad rpad split_part string_split
  regexp_matches regexp_replace regexp_extract regexp_extract_all regexp_full_match contains
  starts_with ends_with prefix suffix format printf md5 sha256 hash levenshtein jaccard
  jaro_winkler_similarity strip_accents list_sort list_reverse_sort list_distinct list_contains
  list_has list_filter list_transform list_reduce list_aggregate list_concat list_slice list_extract
  array_length flatten struct_pack struct_extract struct_insert map_keys map_values map_extract
  cardinality element_at abs round ceil floor sqrt ln log log2 log10 exp pow power mod random setseed
  typeof current_setting getvariable json_extract json_extract_string json_value json_keys
  json_structure to_json duckdb_tables duckdb_columns duckdb_views duckdb_functions duckdb_settings
  duckdb_extensions duckdb_databases duckdb_schemas duckdb_indexes duckdb_constraints duckdb_types
  duckdb_secrets pragma_table_info query query_table`;

const words = (list: string) => list.trim().split(/\s+/).join(' ');

/**
 * DuckDB for the editor and the workbench's statement analysis: PostgreSQL's tokens (DuckDB's
 * parser is PostgreSQL's), with DuckDB's words added. A word listed twice takes the last kind of
 * keyword, type, builtin; so `first`, `last` and `range` are builtins even after NULLS or in a
 * window frame. `union` stays a keyword: `SELECT … UNION SELECT …` is far more common than the
 * UNION type. Plain strings take no backslash escapes (`''` doubles a quote), E'…' strings do, and
 * `?` is a parameter, not an operator (DuckDB has no `?` operator).
 */
export const DuckDB: SQLDialect = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${words(DUCKDB_KEYWORDS)}`,
  types: `${PostgreSQL.spec.types ?? ''} ${words(DUCKDB_TYPES)}`,
  builtin: words(DUCKDB_BUILTINS),
  backslashEscapes: false,
  // PostgreSQL's N'…' and _charset'…' strings are not DuckDB's.
  charSetCasts: false,
  doubleDollarQuotedStrings: true,
  caseInsensitiveIdentifiers: true,
  operatorChars: '+-*/<>=~!@#%^&|`',
  specialVar: '?',
});
