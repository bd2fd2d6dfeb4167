import type { Browser } from 'playwright-core';
import { appImport } from './browser/appImport';
import { duckdbMemory } from './browser/duckdbMemory';
import { watchHeap } from './browser/heapWatch';
import { benchChanges, timeChanges, type ChangeSample } from './browser/interaction';
import { settled } from './browser/settled';
import type { GeneratedFile } from './generate/writeBenchCsv';
import { median, p95 } from './stats';
import { benchContext } from './browser/benchContext';

export type AppResult =
  | {
      readonly ok: true;
      readonly importMs: number;
      readonly status: string;
      readonly interaction: {
        /** To the charts in the window drawn. */
        readonly medianMs: number;
        readonly p95Ms: number;
        /** To every panel read and drawn, in view or not. */
        readonly all: { readonly medianMs: number; readonly p95Ms: number };
        readonly samples: readonly ChangeSample[];
      };
      readonly peakHeapBytes: number;
      readonly duckdbBytes: number;
    }
  | { readonly ok: false; readonly error: string };

/** Driftwatch itself, through its user path: import the file, change the filters, ask DuckDB. */
export async function appRun(
  browser: Browser,
  url: string,
  file: GeneratedFile,
  first: string,
  last: string,
): Promise<AppResult> {
  const context = await benchContext(browser);
  const page = await context.newPage();
  let crashed = '';
  page.on('crash', () => (crashed = 'the page crashed'));
  try {
    await page.goto(url);
    await page
      .getByRole('figure', { name: 'Rank history' })
      .locator('path.line')
      .first()
      .waitFor({ timeout: 120_000 });
    await settled(page);
    const heap = await watchHeap(page);
    const loaded = await appImport(page, file.path);
    const samples = await timeChanges(page, benchChanges(first, last));
    const peakHeapBytes = await heap.stop();
    const duckdbBytes = await duckdbMemory(page);
    const times = samples.map((s) => s.ms);
    const allTimes = samples.map((s) => s.allMs);
    return {
      ok: true,
      importMs: loaded.ms,
      status: loaded.status,
      interaction: {
        medianMs: median(times),
        p95Ms: p95(times),
        all: { medianMs: median(allTimes), p95Ms: p95(allTimes) },
        samples,
      },
      peakHeapBytes,
      duckdbBytes,
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
