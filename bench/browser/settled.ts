import type { Page } from 'playwright-core';

export interface Settled {
  /** performance.now() of the first of the calm frames. */
  readonly calmAt: number;
  /** performance.now() when a chart was last drawn; null if none ever was. */
  readonly lastDrawnAt: number | null;
}

/**
 * Waits until the page has had no read in flight (src/ui/pendingReads) for three frames in a row:
 * one read's answer can start the next a frame later (the range, then the charts).
 */
export async function settled(page: Page): Promise<Settled> {
  return page.evaluate(
    () =>
      new Promise<Settled>((resolve) => {
        let calmSince: number | null = null;
        let calmFrames = 0;
        const frame = (now: number) => {
          const calm = document.documentElement.dataset.pendingReads === '0';
          calmFrames = calm ? calmFrames + 1 : 0;
          if (!calm) calmSince = null;
          else calmSince ??= now;
          if (calmFrames >= 3 && calmSince !== null) {
            const drawn = performance.getEntriesByName('driftwatch:chart-drawn').at(-1);
            return resolve({ calmAt: calmSince, lastDrawnAt: drawn ? drawn.startTime : null });
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}
