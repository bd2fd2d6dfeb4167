/** A value bound to a `?` placeholder. Dates travel as ISO strings and are cast in SQL. */
export type SqlParam = string | number | boolean | null;

/** A query as built by `src/queries/`: SQL text plus the values of its placeholders. */
export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/**
 * A row as the rest of the app sees it: BIGINT is a `number`, DATE and TIMESTAMP are `Date`
 * (UTC), lists are arrays. See `toRows` for the one place where that conversion happens.
 */
export type Row = Record<string, unknown>;

/**
 * The small interface both connectors satisfy: duckdb-wasm in a browser worker and
 * duckdb-wasm's blocking build in Node (tests, the command-line checker).
 */
export interface Database {
  query<T = Row>(query: SqlQuery | string): Promise<T[]>;
  /** Runs statements that return nothing useful (DDL, INSERT, transactions). */
  exec(sql: string): Promise<void>;
  /**
   * Makes a file readable by `read_csv('name')`. A Blob (a File) is read lazily where the
   * connector can: the browser's reads it in slices and never copies it whole into memory.
   */
  registerFile(name: string, content: Uint8Array | Blob): Promise<void>;
  dropFile(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Settings shared by both connectors, so Node and the browser return the same types. */
export const OPEN_CONFIG = {
  query: { castDecimalToDouble: true },
} as const;
