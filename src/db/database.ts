import type { ResultSet } from './results/cellValue';

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

export interface RunOptions {
  readonly maxRows: number;
  /** The statement changes nothing, so running it a second time is harmless. */
  readonly readOnly: boolean;
}

/**
 * A connection of its own, for statements people write themselves (the SQL workbench): results
 * keep DuckDB's exact values, and a long statement can be stopped. Temporary tables and settings
 * made in it stay in it.
 */
export interface SqlSession {
  /** Runs one statement and keeps at most `options.maxRows` rows of its result. */
  run(query: SqlQuery | string, options: RunOptions): Promise<ResultSet>;
  /** Stops the statement running now; its `run` rejects with a `QueryCancelled`. */
  cancel(): Promise<void>;
  close(): Promise<void>;
}

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
  /** Creates table `name` from the rows of an Arrow IPC stream, with the stream's column types. */
  createTableFromArrow(name: string, stream: Uint8Array): Promise<void>;
  /** A new connection to the same database, for the SQL workbench. */
  openSession(): Promise<SqlSession>;
  close(): Promise<void>;
}

/**
 * Settings shared by both connectors, so Node and the browser return the same types. DECIMAL is
 * not cast to DOUBLE by the engine: the workbench shows it exactly, and `toRows` makes numbers of
 * it for the charts.
 */
export const OPEN_CONFIG = { query: {} } as const;
