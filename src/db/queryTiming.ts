/** The name of the performance entries that time the dashboard's queries. */
export const QUERY_TIMING = 'driftwatch:query';

/**
 * Times a query as a performance measure (seen in a profiler and by a PerformanceObserver, as
 * the benchmarks use it), then drops it from the page's buffer so a long session keeps none.
 */
export async function timedQuery<T>(sql: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    performance.measure(QUERY_TIMING, { start, detail: sql.trim().slice(0, 200) });
    performance.clearMeasures(QUERY_TIMING);
  }
}
