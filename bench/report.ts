import type { AppResult } from './appRun';
import type { StartTimes } from './browser/coldStart';
import type { PlainJsResult } from './browser/plainJs';
import type { NativeResult } from './native';
import type { ShippedSizes } from './sizes';

export interface SizeRun {
  readonly rows: number;
  readonly megabytes: number;
  readonly native: NativeResult;
  readonly app: AppResult;
  readonly plainJs: PlainJsResult;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cores: number;
    readonly memoryGiB: number;
    readonly node: string;
    readonly chromium: string;
  };
  readonly runs: readonly SizeRun[];
  readonly coldStart: {
    readonly empty: StartTimes;
    /** Reloaded in the same private window. */
    readonly warm: StartTimes;
    /** Reloaded in a regular profile, which also keeps the compiled wasm. */
    readonly profileWarm: StartTimes;
  };
  readonly sizes: ShippedSizes;
}

const ms = (value: number) =>
  value >= 10_000
    ? `${(value / 1000).toFixed(1)} s`
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${Math.round(value)} ms`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

/** One Markdown table: each figure, and its ratio to the other two paths where they compare. */
export function resultsTable(results: BenchResults): string {
  const lines = [
    '| measure | Driftwatch | DuckDB native | plain JS (PapaParse) | Driftwatch ÷ native | plain JS ÷ Driftwatch | target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const run of results.runs) {
    const label = `${(run.rows / 1e6).toFixed(0)}M rows (${Math.round(run.megabytes)} MB)`;
    const app = run.app.ok ? run.app.importMs : null;
    const plain = run.plainJs.ok ? run.plainJs.parseMs + run.plainJs.aggregateMs : null;
    const target =
      run.rows <= 1_000_000 ? '≤ 3× native, ≥ 5× faster than plain JS' : 'no crash, ≤ 6× native';
    lines.push(
      `| import, ${label} | ${app === null ? `failed: ${(run.app as { error: string }).error}` : ms(app)} | ${ms(run.native.importMs)} | ${plain === null ? `failed: ${(run.plainJs as { error: string }).error}` : `${ms(plain)} (parse ${ms((run.plainJs as { parseMs: number }).parseMs)})`} | ${app === null ? '–' : ratio(app, run.native.importMs)} | ${app === null || plain === null ? '–' : ratio(plain, app)} | ${target} |`,
    );
    if (run.app.ok) {
      const { medianMs, p95Ms, all } = run.app.interaction;
      const goal = run.rows <= 1_000_000 ? 'p95 < 50 ms' : 'p95 < 150 ms';
      lines.push(
        `| filter change to the charts in view drawn, ${label} | median ${ms(medianMs)}, p95 ${ms(p95Ms)} | rank history query ${ms(run.native.aggregateMs)} | ${run.plainJs.ok ? `rank history ${ms(run.plainJs.aggregateMs)}` : '–'} | – | – | ${goal} |`,
        `| filter change to every panel read and drawn, ${label} | median ${ms(all.medianMs)}, p95 ${ms(all.p95Ms)} | – | – | – | – | – |`,
      );
      lines.push(
        `| memory after import, ${label} | JS heap peak ${mb(run.app.peakHeapBytes)}, DuckDB ${mb(run.app.duckdbBytes)} | – | – | – | – | – |`,
      );
    }
  }
  const { coldStart, sizes } = results;
  const starts = [
    ['empty cache', coldStart.empty, '< 2 s'],
    ['warm cache (private window)', coldStart.warm, '< 1 s'],
    ['warm cache (regular profile)', coldStart.profileWarm, '< 1 s'],
  ] as const;
  for (const [cache, times, target] of starts)
    lines.push(
      `| cold start to first chart, ${cache} | ${ms(times.chartMs)} (engine ready at ${ms(times.readyMs)}) | – | – | – | – | ${target} |`,
    );
  lines.push(
    `| JS at start, gzipped (page ${kb(sizes.appJsGzip)} + DuckDB worker) | ${kb(sizes.startJsGzip)} | – | – | – | – | < 300 KB |`,
  );
  lines.push(
    `| JS loaded when first used (SQL workbench, export, reading a file), gzipped | ${kb(sizes.lazyJsGzip)} | – | – | – | – | – |`,
  );
  lines.push(
    `| DuckDB wasm (eh build) | ${mb(sizes.wasmBytes)} (${mb(sizes.wasmGzip)} gzipped) | – | – | – | – | – |`,
    `| Bundled data at start (tables built from data/, gzipped) | ${kb(sizes.bundledDataBytes)} | – | – | – | – | – |`,
    `| First view's answers (built from those tables, gzipped) | ${kb(sizes.firstViewBytes)} | – | – | – | – | – |`,
  );
  return lines.join('\n');
}
