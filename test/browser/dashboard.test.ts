import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { watchedPage } from './pageWatch';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const ARTIFACTS = path.resolve(import.meta.dirname, '.artifacts');

let browser: Browser;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => browser?.close());

describe.skipIf(!chromiumPath)('the dashboard in a real browser', () => {
  it('opens on the bundled data and draws the rank history of the three apps', async () => {
    const { page, requests, errors } = await watchedPage(browser);
    await page.goto(baseUrl);
    await page.waitForSelector('.app[data-state="ready"]', { timeout: 30_000 });
    const figure = page.getByRole('figure', { name: 'Rank history' });
    await figure.locator('svg path.line').first().waitFor();

    expect(await page.getByRole('status', { name: 'Start-up' }).textContent()).toMatch(
      /Loaded [\d,]+ rows from the bundled snapshots/,
    );
    const apps = await figure
      .locator('svg [data-app]')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-app')));
    expect(apps).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    const legend = await figure.locator('.legend-item text').allTextContents();
    expect(legend).toEqual(['TikTok', 'Xiaohongshu (RedNote)', 'Lemon8']);

    // Xiaohongshu's line reaches the height of the "#1" gridline.
    const { lineTop, rankOneY } = await figure.locator('svg').evaluate((svg) => {
      const d = svg.querySelector('[data-app="xiaohongshu"] path.line')?.getAttribute('d') ?? '';
      const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
      const tick = [...svg.querySelectorAll('.axis-y .tick')].find((t) => t.textContent === '#1');
      const rankOne = /translate\(0,([\d.]+)\)/.exec(tick?.getAttribute('transform') ?? '');
      return { lineTop: Math.min(...ys), rankOneY: Number(rankOne?.[1]) };
    });
    expect(lineTop).toBeCloseTo(rankOneY, 3);

    // TikTok was out of the US stores from 19 Jan to 13 Feb: its line breaks there.
    const tiktokSegments = await figure
      .locator('[data-app="tiktok"] path.line')
      .evaluate((path) => (path.getAttribute('d') ?? '').split('M').length - 1);
    expect(tiktokSegments).toBeGreaterThanOrEqual(2);

    await expect(figure.locator('.events .event').count()).resolves.toBeGreaterThan(5);
    expect(await figure.locator('.source-line').textContent()).toContain('illustrative');

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    const screenshot = process.env.DRIFTWATCH_SCREENSHOT;
    if (screenshot) {
      // The README shows the controls and the first two charts, drawn and settled.
      const downloads = page.getByRole('figure', { name: 'Daily downloads' });
      await downloads.locator('svg path.line').first().waitFor();
      const bottom = await downloads.evaluate((f) => f.getBoundingClientRect().bottom + scrollY);
      await page.screenshot({
        path: path.resolve(screenshot),
        fullPage: true,
        clip: { x: 0, y: 0, width: 1200, height: Math.ceil(bottom) + 16 },
      });
    }

    expect(errors).toEqual([]);
    const origin = new URL(baseUrl).origin;
    const elsewhere = requests.filter(
      (url) =>
        !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
    await page.context().close();
  });

  it('shows progress while DuckDB starts', async () => {
    const { page } = await watchedPage(browser);
    await page.route('**/*.wasm', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(baseUrl);
    await expect(
      page.getByRole('progressbar', { name: 'Starting Driftwatch' }).isVisible(),
    ).resolves.toBe(true);
    await page.waitForSelector('.app[data-state="ready"]', { timeout: 30_000 });
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('says in plain words which file failed when the engine cannot be downloaded', async () => {
    const { page } = await watchedPage(browser);
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toMatch(
      /Driftwatch could not start\. The database engine could not be downloaded or started: duckdb-(eh|mvp)(-[\w-]+)?\.wasm/,
    );
    await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('says the bundled data could not be downloaded, and recovers on Try again', async () => {
    const { page } = await watchedPage(browser);
    let failing = true;
    await page.route('**/bundled-tables*.bin', (route) =>
      failing ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    );
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toContain(
      'Could not download the bundled data: the server answered 404.',
    );
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    const lines = page.getByRole('figure', { name: 'Rank history' }).locator('path.line');
    await lines.first().waitFor({ timeout: 30_000 });
    await expect(lines.count()).resolves.toBe(3);
    await page.context().close();
  });
});
