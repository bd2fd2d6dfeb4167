import type { Page } from 'playwright-core';

/** Samples the page's JS heap through the DevTools protocol while work runs; keeps the peak. */
export async function watchHeap(page: Page, everyMs = 100) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let running = true;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    peak = Math.max(peak, used);
  };
  const loop = (async () => {
    while (running) {
      await sample().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    /** Stops sampling; the highest heap seen, in bytes. */
    async stop(): Promise<number> {
      running = false;
      await loop;
      await cdp.detach().catch(() => {});
      return peak;
    },
  };
}
