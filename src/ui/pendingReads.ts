let pending = 0;

function publish(): void {
  document.documentElement.dataset.pendingReads = String(pending);
}

/**
 * Counts the reads the page is waiting for, on `<html data-pending-reads>`: whoever needs to
 * know when every chart has its data (the benchmarks, the browser tests) waits for 0.
 */
export function trackRead<T>(read: Promise<T>): Promise<T> {
  pending += 1;
  publish();
  return read.finally(() => {
    pending -= 1;
    publish();
  });
}
