import { DuckDBInstance } from '@duckdb/node-api';
import { rankHistoryQuery } from '../src/queries/rankHistory';
import { BENCH_FILTERS } from './aggregation';
import type { GeneratedFile } from './generate/writeBenchCsv';

export interface NativeResult {
  readonly importMs: number;
  readonly aggregateMs: number;
  readonly rows: number;
  readonly resultRows: number;
}

/**
 * DuckDB's own engine on this machine (its Node API, every core; 1.4.4, the nearest release to
 * duckdb-wasm's DuckDB 1.4.3 whose Node binaries the registry has for every platform): `read_csv` into a table, then
 * the dashboard's rank-history query. No validation: this is the floor to measure against.
 */
export async function nativeRun(
  file: GeneratedFile,
  from: string,
  to: string,
): Promise<NativeResult> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const path = file.path.replaceAll("'", "''");
    const started = performance.now();
    // The view the dashboard reads, as a plain table: the floor has no snapshots to choose between.
    await connection.run(
      `CREATE TABLE app_rankings_current AS
       SELECT *, NULL::VARCHAR AS source FROM read_csv('${path}')`,
    );
    const importMs = performance.now() - started;
    const counted = await connection.runAndReadAll('SELECT count(*) FROM app_rankings_current');
    const query = rankHistoryQuery(BENCH_FILTERS(from, to));
    const aggregating = performance.now();
    const result = await connection.runAndReadAll(query.sql, [...query.params] as string[]);
    const aggregateMs = performance.now() - aggregating;
    return {
      importMs,
      aggregateMs,
      rows: Number(counted.getRows()[0]![0]),
      resultRows: result.currentRowCount,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
