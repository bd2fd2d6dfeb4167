import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { loadFiles, loadStatus, rankLines } from './dashboardPage';
import { watchedPage } from './pageWatch';
import { openWorkbench, queryStatus, resultTable, runQuery, typeQuery } from './workbenchPage';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => browser?.close());

const confirmation = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Change the loaded data?' });

/** One number the workbench answers. */
async function answer(page: Page, sql: string): Promise<string> {
  await typeQuery(page, sql);
  await runQuery(page);
  return (await resultTable(page)).rows[0]![0]!;
}

async function showDashboard(page: Page) {
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('figure', { name: 'Rank history' }).waitFor();
}

describe.skipIf(!chromiumPath)('the SQL workbench and the loaded data', () => {
  it('asks before a statement changes the canonical tables, and Reset brings the data back', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(baseUrl);
    await page.getByRole('figure', { name: 'Rank history' }).locator('path.line').first().waitFor();
    const before = await rankLines(page);
    expect(before.tiktok).toMatch(/^M/);
    await page.getByRole('link', { name: 'SQL workbench' }).click();
    await page.getByRole('button', { name: 'rankings_current', exact: true }).waitFor();
    const tiktokRows = await answer(page, "SELECT count(*) FROM app_rankings WHERE app = 'tiktok'");
    expect(Number(tiktokRows.replaceAll(',', ''))).toBeGreaterThan(0);

    // Declined: nothing runs.
    await typeQuery(page, "DELETE FROM app_rankings WHERE app = 'tiktok'");
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(confirmation(page).textContent()).resolves.toContain('DELETE app_rankings');
    await confirmation(page).getByRole('button', { name: 'Don’t run' }).click();
    expect(await answer(page, "SELECT count(*) FROM app_rankings WHERE app = 'tiktok'")).toBe(
      tiktokRows,
    );

    // A table of the analyst's own needs no confirmation.
    await typeQuery(page, 'CREATE TABLE my_ranks AS SELECT * FROM rankings_current LIMIT 5');
    await runQuery(page);
    await expect(confirmation(page).count()).resolves.toBe(0);
    expect(await answer(page, 'SELECT count(*) FROM my_ranks')).toBe('5');

    // Confirmed: the data changes, everywhere, until reset.
    await typeQuery(page, "DELETE FROM app_rankings WHERE app = 'tiktok'");
    await runQuery(page, async () => {
      await page.keyboard.press('ControlOrMeta+Enter');
      await confirmation(page).getByRole('button', { name: 'Run and change the data' }).click();
    });
    expect(await answer(page, "SELECT count(*) FROM rankings_current WHERE app = 'tiktok'")).toBe(
      '0',
    );
    await expect(page.getByRole('note').textContent()).resolves.toMatch(/changed the tables/);
    await showDashboard(page);
    // Still selected, TikTok keeps its (empty) series: drawn, the chart has no line for it. The
    // other apps' lines are there, so the chart is the new one and not still loading.
    await expect
      .poll(async () => {
        const lines = await rankLines(page);
        return { tiktok: lines.tiktok, others: Boolean(lines.xiaohongshu && lines.lemon8) };
      })
      .toEqual({ tiktok: '', others: true });

    // Even a dropped table comes back.
    await page.getByRole('link', { name: 'SQL workbench' }).click();
    await typeQuery(page, 'DROP TABLE app_rankings CASCADE');
    await runQuery(page, async () => {
      await page.keyboard.press('ControlOrMeta+Enter');
      await confirmation(page).getByRole('button', { name: 'Run and change the data' }).click();
    });
    await page.getByRole('note').getByRole('button', { name: 'Reset to bundled data' }).click();
    await expect.poll(() => page.getByRole('note').count()).toBe(0);
    expect(await answer(page, "SELECT count(*) FROM app_rankings WHERE app = 'tiktok'")).toBe(
      tiktokRows,
    );
    await showDashboard(page);
    await expect.poll(() => rankLines(page)).toEqual(before);
    await page.context().close();
  });

  it('queries a snapshot loaded through the file input, as the newest value of its keys', async () => {
    const { page } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    const fixture = path.resolve(import.meta.dirname, '../fixtures/rankings-small.csv');
    const buffer = await readFile(fixture);
    await loadFiles(page, [{ name: 'rankings-small.csv', mimeType: 'text/csv', buffer }]);
    await expect.poll(() => loadStatus(page).textContent()).toMatch(/^Loaded 9 rows/);
    const snapshots = page.locator('.schema-object', { hasText: /^▸snapshots/ });
    await expect.poll(() => snapshots.locator('.schema-count').textContent()).toBe('4 rows');
    const rank = await answer(
      page,
      `SELECT rank FROM rankings_current
       WHERE date = DATE '2025-01-12' AND app = 'xiaohongshu' AND store = 'ios' AND country = 'US'
         AND chart = 'top_free' AND category = 'overall'`,
    );
    expect(rank).toBe('40');
    const file = await answer(
      page,
      `SELECT s.file_name FROM rankings_current r JOIN snapshots s ON s.id = r.snapshot_id
       WHERE r.date = DATE '2025-01-12' AND r.app = 'xiaohongshu' AND r.store = 'ios'
         AND r.country = 'US' AND r.chart = 'top_free' AND r.category = 'overall'`,
    );
    expect(file).toBe('rankings-small.csv');
    await page.context().close();
  });

  it('cancels a long query and stays usable', async () => {
    const { page, errors } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    await typeQuery(page, 'SELECT count(*) FROM range(100000000000) a(i) WHERE i % 7 = 3');
    await runQuery(page, async () => {
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect(queryStatus(page).textContent()).resolves.toMatch(/Running/);
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    });
    await expect(queryStatus(page).textContent()).resolves.toMatch(/^Cancelled after /);
    expect(await answer(page, 'SELECT 6 * 7')).toBe('42');
    await showDashboard(page);
    await page.getByRole('figure', { name: 'Rank history' }).locator('path.line').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
