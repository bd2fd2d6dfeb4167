import type { Page } from 'playwright-core';
import { settled } from './settled';

/**
 * Loads a file through the app's own path, the file input and its Load button, and times it
 * from the moment the file is chosen to the `Loaded N rows` status, both taken in the page.
 */
export async function appImport(page: Page, path: string): Promise<{ ms: number; status: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { chosenAt?: number; loadedAt?: number };
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    input.addEventListener('change', () => (w.chosenAt = performance.now()), { once: true });
    const status = document.querySelector('[aria-label="Snapshot loads"]')!;
    new MutationObserver((_, observer) => {
      if (/^Loaded/.test(status.textContent ?? '')) {
        w.loadedAt = performance.now();
        observer.disconnect();
      }
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
  await page.getByLabel('Load CSV snapshots').setInputFiles(path);
  await page.getByRole('button', { name: 'Load file' }).click({ timeout: 600_000 });
  await page.waitForFunction(() => (window as { loadedAt?: number }).loadedAt !== undefined, null, {
    timeout: 1_800_000,
    polling: 100,
  });
  const { chosenAt, loadedAt } = await page.evaluate(() => {
    const w = window as unknown as { chosenAt: number; loadedAt: number };
    return { chosenAt: w.chosenAt, loadedAt: w.loadedAt };
  });
  const status = (await page.getByRole('status', { name: 'Snapshot loads' }).textContent()) ?? '';
  await settled(page);
  return { ms: loadedAt - chosenAt, status };
}
