import type { Browser, Page } from 'playwright-core';
import { benchContext } from './benchContext';

/** Records, from the first byte, when the rank history first has a line (performance.now()). */
async function firstChartAt(page: Page, url: string, reload: boolean): Promise<number> {
  if (reload) await page.reload();
  else await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { firstChartAt?: number }).firstChartAt,
    null,
    { timeout: 120_000, polling: 50 },
  );
  const at = (await handle.jsonValue()) as number;
  if (process.env.BENCH_TRACE) {
    const steps = await page.evaluate(() =>
      performance
        .getEntriesByName('driftwatch:start-step')
        .map((e) => `${Math.round(e.startTime)} ${String((e as PerformanceMark).detail)}`),
    );
    console.log([...steps, `${Math.round(at)} first chart`].join('\n'));
  }
  return at;
}

const WATCH_FIRST_CHART = () => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('figure[data-figure="rank-history"] svg path.line')) {
      (window as unknown as { firstChartAt: number }).firstChartAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

/**
 * Time from navigation to the first drawn chart on the bundled data: in a new profile (nothing
 * cached, nothing saved), then reloaded in it (the HTTP and code caches warm).
 */
export async function coldStart(browser: Browser, url: string) {
  const context = await benchContext(browser);
  await context.addInitScript(WATCH_FIRST_CHART);
  const page = await context.newPage();
  try {
    const emptyMs = await firstChartAt(page, url, false);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push(await firstChartAt(page, url, true));
    return { emptyMs, warmMs: Math.min(...warm) };
  } finally {
    await context.close();
  }
}
