import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/queries/workbench/exampleQueries';
import { launchChromium } from './chromium';
import { downloaded } from './exportFiles';
import { watchedPage } from './pageWatch';
import {
  editorText,
  openWorkbench,
  queryStatus,
  resultTable,
  runQuery,
  typeQuery,
} from './workbenchPage';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => browser?.close());

const DOWNLOADS = EXAMPLE_QUERIES.find((e) => e.title.startsWith('Daily downloads per app'))!.sql;

const chartFigure = (page: Page) => page.getByRole('figure', { name: 'downloads by date' });

/** The lines drawn, by series key, with their colour. */
const lines = (page: Page) =>
  chartFigure(page)
    .locator('svg g[data-key]')
    .evaluateAll((groups) =>
      groups
        .filter((g) => g.querySelector('path.line'))
        .map((g) => [
          g.getAttribute('data-key'),
          g.querySelector('path.line')!.getAttribute('stroke'),
        ]),
    );

describe.skipIf(!chromiumPath)('charts and links of the SQL workbench', () => {
  it('charts a result with one line per series, exports it, and its link reopens it', async () => {
    const { page, errors } = await watchedPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await openWorkbench(page, baseUrl);
    await typeQuery(page, DOWNLOADS);
    await runQuery(page);
    await page.getByRole('button', { name: 'Chart this', exact: true }).click();
    await chartFigure(page).locator('svg path.line').first().waitFor();
    // In the order the rows name them, each in its app's colour.
    expect(await lines(page)).toEqual([
      ['lemon8', '#009E73'],
      ['tiktok', '#0072B2'],
      ['xiaohongshu', '#D55E00'],
    ]);
    await expect(chartFigure(page).locator('.source-line').textContent()).resolves.toMatch(
      /illustrative/,
    );
    await expect(chartFigure(page).locator('.events .event').count()).resolves.toBeGreaterThan(3);
    const screenshot = process.env.DRIFTWATCH_SCREENSHOT;
    if (screenshot) {
      // The README's workbench: the query, its status and its chart.
      const docs = path.dirname(path.resolve(screenshot));
      await page.locator('.workbench').screenshot({ path: path.join(docs, 'workbench.png') });
    }

    // The same export dialog as the dashboard's, with the rows drawn as its CSV.
    await chartFigure(page).getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export: downloads by date' });
    await dialog.locator('.export-preview > svg').waitFor();
    const csv = await downloaded(
      page,
      dialog.getByRole('button', { name: 'Download CSV', exact: true }),
    );
    const csvLines = csv.bytes.toString('utf8').split('\n');
    expect(csvLines[0]).toBe('date,app,downloads');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The address holds the query and the chart; opening it elsewhere gives the same chart.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.searchParams.get('q')).toBe(DOWNLOADS);
    expect([
      url.searchParams.get('qx'),
      url.searchParams.get('qy'),
      url.searchParams.get('qby'),
    ]).toEqual(['date', 'downloads', 'app']);
    const drawn = await lines(page);
    const other = await watchedPage(browser);
    await other.page.goto(link);
    await other.page.waitForSelector('.app[data-state="ready"]', { timeout: 60_000 });
    await chartFigure(other.page).locator('svg path.line').first().waitFor();
    expect(await editorText(other.page)).toBe(DOWNLOADS);
    expect(await lines(other.page)).toEqual(drawn);
    expect(csvLines.length - 1).toBe(
      Number(
        (await queryStatus(other.page).textContent())
          ?.match(/^([\d,]+) rows/)?.[1]
          ?.replaceAll(',', ''),
      ),
    );
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it('reopens a permalink with its query run and its result shown, and Back returns to the dashboard', async () => {
    const { page } = await watchedPage(browser);
    const sql =
      "SELECT app, min(rank) AS best FROM rankings_current WHERE country = 'US' GROUP BY app ORDER BY best, app LIMIT 3";
    await page.goto(baseUrl);
    await page.waitForSelector('.app[data-state="ready"]', { timeout: 60_000 });
    await page.getByRole('link', { name: 'SQL workbench' }).click();
    await typeQuery(page, sql);
    await runQuery(page);
    const first = await resultTable(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(sql);

    await page.reload();
    await page.waitForSelector('.app[data-state="ready"]', { timeout: 60_000 });
    await expect
      .poll(async () => (await resultTable(page).catch(() => null))?.rows)
      .toEqual(first.rows);
    expect(await editorText(page)).toBe(sql);
    await page.goBack();
    await page.getByRole('figure', { name: 'Rank history' }).locator('path.line').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.context().close();
  });

  it('never runs a query that changes data from a link', async () => {
    const { page } = await watchedPage(browser);
    const sql = 'DELETE FROM app_rankings';
    await openWorkbench(page, baseUrl, `?q=${encodeURIComponent(sql)}`);
    await expect(page.locator('.warning').first().textContent()).resolves.toMatch(
      /would change data, so it was not run/,
    );
    expect(await editorText(page)).toBe(sql);
    await typeQuery(page, 'SELECT count(*) AS n FROM app_rankings');
    await runQuery(page);
    expect((await resultTable(page)).rows[0]![0]).not.toBe('0');
    await page.context().close();
  });

  it('keeps the history of runs and the saved queries across a reload', async () => {
    const { page } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    await typeQuery(page, 'SELECT 41 + 1 AS answer');
    await runQuery(page);
    await typeQuery(page, "SELECT 'second' AS run");
    await runQuery(page, () => page.getByRole('button', { name: 'Run query' }).click());
    await page.getByPlaceholder('Name this query').fill('the second run');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.reload();
    // The address holds the last query, so the page runs it again: let that run end first.
    await page.waitForSelector('section.workbench[data-runs="1"]', { timeout: 60_000 });
    const history = page.getByRole('list', { name: 'Query history' }).getByRole('button');
    await expect
      .poll(() => history.allTextContents())
      .toEqual(expect.arrayContaining(["SELECT 'second' AS run", 'SELECT 41 + 1 AS answer']));
    expect((await history.allTextContents()).slice(0, 2)).toEqual([
      "SELECT 'second' AS run",
      'SELECT 41 + 1 AS answer',
    ]);
    await typeQuery(page, 'SELECT 0');
    await page
      .getByRole('list', { name: 'Saved queries' })
      .getByRole('button', { name: 'the second run', exact: true })
      .click();
    await expect.poll(() => editorText(page)).toBe("SELECT 'second' AS run");
    await history.nth(1).click();
    await expect.poll(() => editorText(page)).toBe('SELECT 41 + 1 AS answer');
    await page.context().close();
  });
});
