import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromiumProfile } from '../../test/browser/chromium';
import { benchContext, NAME_HELPER } from './benchContext';

/** From navigation: the rank history's first line, and the engine ready for any view. */
export interface StartTimes {
  readonly chartMs: number;
  readonly readyMs: number;
}

interface Marks {
  firstChartAt?: number;
  readyAt?: number;
}

/** Both times of one start (performance.now(), so from the first byte of the navigation). */
async function startTimes(page: Page, url: string, reload: boolean): Promise<StartTimes> {
  if (reload) await page.reload();
  else await page.goto(url);
  const handle = await page.waitForFunction(
    () => {
      const { firstChartAt, readyAt } = window as unknown as Marks;
      return firstChartAt && readyAt ? { chartMs: firstChartAt, readyMs: readyAt } : null;
    },
    null,
    { timeout: 120_000, polling: 50 },
  );
  const times = (await handle.jsonValue()) as StartTimes;
  if (process.env.BENCH_TRACE) {
    const steps = await page.evaluate(() =>
      performance
        .getEntriesByName('driftwatch:start-step')
        .map((e) => `${Math.round(e.startTime)} ${String((e as PerformanceMark).detail)}`),
    );
    const { chartMs, readyMs } = times;
    console.log(
      [...steps, `${Math.round(chartMs)} first chart`, `${Math.round(readyMs)} ready`].join('\n'),
    );
  }
  return times;
}

const WATCH_START = () => {
  const marks = window as unknown as Marks;
  const observer = new MutationObserver(() => {
    if (
      !marks.firstChartAt &&
      document.querySelector('figure[data-figure="rank-history"] svg path.line')
    )
      marks.firstChartAt = performance.now();
    if (!marks.readyAt && document.querySelector('div.app[data-state="ready"]'))
      marks.readyAt = performance.now();
    if (marks.firstChartAt && marks.readyAt) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
};

const RELOADS = 3;
/** Chromium keeps a page's compiled wasm once its optimising compile is done, a second or so on. */
const IDLE_BEFORE_RELOAD_MS = 2500;

/** The fastest of a few starts, each time taken on its own. */
const fastest = (starts: readonly StartTimes[]): StartTimes => ({
  chartMs: Math.min(...starts.map((s) => s.chartMs)),
  readyMs: Math.min(...starts.map((s) => s.readyMs)),
});

/**
 * Time from navigation to the first drawn chart on the bundled data, and to the engine ready:
 * in a new private window (nothing cached, nothing saved), then reloaded in it (the HTTP cache
 * warm; a private window keeps no compiled wasm).
 */
export async function coldStart(browser: Browser, url: string) {
  const context = await benchContext(browser);
  await context.addInitScript(WATCH_START);
  const page = await context.newPage();
  try {
    const empty = await startTimes(page, url, false);
    const warm: StartTimes[] = [];
    for (let i = 0; i < RELOADS; i++) warm.push(await startTimes(page, url, true));
    return { empty, warm: fastest(warm) };
  } finally {
    await context.close();
  }
}

/**
 * The warm start of a returning visitor: a regular profile on disk, where Chromium also keeps
 * the compiled engine, reloaded after the page has been idle a moment.
 */
export async function profileWarmStart(chromium: string, url: string): Promise<StartTimes> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'driftwatch-profile-'));
  const context = await launchChromiumProfile(chromium, folder);
  try {
    await context.addInitScript({ content: NAME_HELPER });
    await context.addInitScript(WATCH_START);
    const page = context.pages()[0] ?? (await context.newPage());
    await startTimes(page, url, false);
    const warm: StartTimes[] = [];
    for (let i = 0; i < RELOADS; i++) {
      await page.waitForTimeout(IDLE_BEFORE_RELOAD_MS);
      warm.push(await startTimes(page, url, true));
    }
    return fastest(warm);
  } finally {
    await context.close();
    await rm(folder, { recursive: true, force: true });
  }
}
