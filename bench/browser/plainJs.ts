import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { BENCH_FILTERS } from '../aggregation';
import type { GeneratedFile } from '../generate/writeBenchCsv';
import { benchContext } from './benchContext';

export type PlainJsResult =
  | {
      readonly ok: true;
      readonly parseMs: number;
      readonly aggregateMs: number;
      readonly rows: number;
    }
  | { readonly ok: false; readonly error: string };

const papaparse = createRequire(import.meta.url).resolve('papaparse/papaparse.min.js');

/**
 * What a dashboard without DuckDB does, in the same browser: PapaParse reads the file into row
 * objects (no validation), then the rank history is aggregated in JavaScript. A page that runs
 * out of memory is reported as such.
 */
export async function plainJsRun(
  browser: Browser,
  origin: string,
  file: GeneratedFile,
  from: string,
  to: string,
): Promise<PlainJsResult> {
  const context = await benchContext(browser);
  const page = await context.newPage();
  let crashed = '';
  page.on('crash', () => (crashed = 'the page crashed (out of memory)'));
  try {
    // The app's own origin, so the page runs with the same limits; its script is not started.
    await page.route(`${origin}/plain`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<input type="file">' }),
    );
    await page.goto(`${origin}/plain`);
    await page.addScriptTag({ path: papaparse });
    await page.locator('input').setInputFiles(file.path);
    const filters = BENCH_FILTERS(from, to);
    const result = await page.evaluate(
      async ({ filters }) => {
        const input = document.querySelector('input')!;
        const started = performance.now();
        type Row = Record<string, string>;
        // Row objects gathered chunk by chunk, as a dashboard that keeps the rows does.
        const rows: Row[] = [];
        const problems: string[] = [];
        await new Promise<void>((resolve, reject) =>
          (
            window as unknown as { Papa: { parse: (file: File, config: object) => void } }
          ).Papa.parse(input.files![0]!, {
            header: true,
            skipEmptyLines: true,
            chunk: (results: { data: Row[]; errors: { message: string }[] }) => {
              for (const row of results.data) rows.push(row);
              for (const error of results.errors.slice(0, 3)) problems.push(error.message);
            },
            complete: () => resolve(),
            error: (error: Error) => reject(error),
          }),
        );
        if (problems.length) throw new Error(`PapaParse: ${problems[0]}`);
        const parsed = performance.now();
        const apps = new Set(filters.apps);
        const best = new Map<string, number>();
        for (const row of rows) {
          if (row.store !== filters.store || row.country !== filters.country) continue;
          if (row.chart !== filters.chart || row.category !== filters.category) continue;
          if (!apps.has(row.app!) || row.date! < filters.from || row.date! > filters.to) continue;
          const rank = Number(row.rank);
          if (!Number.isFinite(rank)) continue;
          const key = `${row.app}|${row.date}`;
          best.set(key, Math.min(rank, best.get(key) ?? Infinity));
        }
        // One row per app and day, as the SQL gives, gaps included.
        const series: [string, string, number | null][] = [];
        for (const app of filters.apps) {
          for (let d = Date.parse(filters.from); d <= Date.parse(filters.to); d += 86_400_000) {
            const day = new Date(d).toISOString().slice(0, 10);
            series.push([app, day, best.get(`${app}|${day}`) ?? null]);
          }
        }
        return {
          parseMs: parsed - started,
          aggregateMs: performance.now() - parsed,
          rows: rows.length,
          resultRows: series.length,
        };
      },
      { filters },
    );
    return {
      ok: true,
      parseMs: result.parseMs,
      aggregateMs: result.aggregateMs,
      rows: result.rows,
    };
  } catch (error) {
    return {
      ok: false,
      error: crashed || (error instanceof Error ? error.message.split('\n')[0]! : String(error)),
    };
  } finally {
    await context.close().catch(() => {});
  }
}
