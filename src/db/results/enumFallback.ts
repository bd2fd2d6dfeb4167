/** Why a result with ENUM columns is refused when it cannot be read again whole. */
export const ENUM_NOT_READABLE =
  'The statement ran, but its result has ENUM columns, which DuckDB in the browser cannot stream ' +
  '(duckdb-wasm issue #1548). Cast them to VARCHAR to see them.';
