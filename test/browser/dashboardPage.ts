import type { Page } from 'playwright-core';
import { settled } from '../../bench/browser/settled';

/**
 * Waits until the dashboard has started, drawn its rank history and has no read in flight for a
 * few frames: the charts draw one by one, so a test acts only once the last one is in.
 */
export async function dashboardReady(page: Page): Promise<void> {
  await page.waitForSelector('.app[data-state="ready"]', { timeout: 60_000 });
  await page.getByRole('figure', { name: 'Rank history' }).locator('path.line').first().waitFor();
  await settled(page);
}

/** The rank history's lines, app by app, as the path data drawn. */
export async function rankLines(page: Page): Promise<Record<string, string>> {
  const figure = page.getByRole('figure', { name: 'Rank history' });
  return figure
    .locator('svg [data-app]')
    .evaluateAll((groups) =>
      Object.fromEntries(
        groups.map((g) => [
          g.getAttribute('data-app') ?? '',
          [...g.querySelectorAll('path.line')].map((p) => p.getAttribute('d')).join(' '),
        ]),
      ),
    );
}

/** The rows of the snapshot list: file name, kind, accepted and rejected counts. */
export async function snapshotRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table', { name: 'Snapshots' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')];
        return [0, 1, 3, 4].map((i) => cells[i]?.textContent?.trim() ?? '');
      }),
    );
}

/** Chooses files in the file input and loads them from the preview. */
export async function loadFiles(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  await page.getByLabel('Load CSV snapshots').setInputFiles(files);
  const count = files.length;
  await page
    .getByRole('button', { name: count === 1 ? 'Load file' : `Load ${count} files` })
    .click();
}

export const loadStatus = (page: Page) => page.getByRole('status', { name: 'Snapshot loads' });
