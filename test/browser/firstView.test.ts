import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { dashboardReady, loadFiles, loadStatus, rankLines } from './dashboardPage';
import { watchedPage } from './pageWatch';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

let browser: Browser;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => browser?.close());

/** Holds back the bundled tables, so that the engine cannot be ready until `release()`. */
async function holdEngine(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/bundled-tables*.bin', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const state = (page: Page) => page.locator('div.app').getAttribute('data-state');
const rankHistoryLine = (page: Page) =>
  page.getByRole('figure', { name: 'Rank history' }).locator('svg path.line');
const downloadsChart = (page: Page) => page.locator('figure[data-figure="daily-downloads"] svg');

describe.skipIf(!chromiumPath)('the first view, while the engine starts', () => {
  it('draws the default view’s overview and rank history before the engine is ready, as the engine then does', async () => {
    const { page, errors } = await watchedPage(browser);
    const release = await holdEngine(page);
    await page.goto(baseUrl);
    await rankHistoryLine(page).first().waitFor({ timeout: 30_000 });
    expect(await state(page)).toBe('starting');
    expect(await page.locator('[data-figure="overview"] svg').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('US');
    // The charts the answers built with the site do not hold wait for the engine.
    expect(await downloadsChart(page).count()).toBe(0);
    const early = await rankLines(page);
    expect(Object.keys(early)).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    expect(await page.locator('.dashboard-views').getAttribute('aria-busy')).toBe('false');

    release();
    await dashboardReady(page);
    await downloadsChart(page).waitFor();
    expect(await rankLines(page)).toEqual(early);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes a change made before the engine is ready, and draws it once the engine is', async () => {
    const { page, errors } = await watchedPage(browser);
    const release = await holdEngine(page);
    await page.goto(baseUrl);
    await rankHistoryLine(page).first().waitFor({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Country' }).selectOption('GB');
    await page.waitForTimeout(500);
    expect(await state(page)).toBe('starting');
    expect(page.url()).toContain('country=GB');
    const title = page.getByRole('figure', { name: 'Rank history' }).locator('svg');
    expect(await title.getAttribute('aria-label')).toContain('US App Store');
    // The charts still show the US, and say they are waiting for the view asked for.
    const views = page.locator('.dashboard-views');
    expect(await views.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => views.evaluate((e) => getComputedStyle(e).opacity)).toBe('0.55');
    release();
    await dashboardReady(page);
    await expect.poll(() => title.getAttribute('aria-label')).toContain('GB App Store');
    expect(await views.getAttribute('aria-busy')).toBe('false');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('waits for the engine with any other view', async () => {
    const { page, errors } = await watchedPage(browser);
    const release = await holdEngine(page);
    await page.goto(`${baseUrl}?country=GB`);
    // Long enough for the default view to be drawn early (the test above).
    await page.waitForTimeout(1500);
    expect(await state(page)).toBe('starting');
    expect(await rankHistoryLine(page).count()).toBe(0);
    release();
    await dashboardReady(page);
    expect(await page.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('GB');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('waits for the engine when the page holds files added on an earlier visit', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.goto(baseUrl);
    await dashboardReady(page);
    const bundled = await rankLines(page);
    const small = await readFile(path.join(FIXTURES, 'rankings-small.csv'));
    await loadFiles(page, [{ name: 'rankings-small.csv', mimeType: 'text/csv', buffer: small }]);
    await expect.poll(() => loadStatus(page).textContent(), { timeout: 30_000 }).toMatch(/Loaded/);
    await expect
      .poll(async () => (await rankLines(page)).xiaohongshu)
      .not.toBe(bundled.xiaohongshu);
    const withFile = await rankLines(page);

    const release = await holdEngine(page);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await state(page)).toBe('starting');
    expect(await rankHistoryLine(page).count()).toBe(0);
    release();
    await dashboardReady(page);
    expect(await rankLines(page)).toEqual(withFile);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
