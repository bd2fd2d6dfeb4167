import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database, SqlSession } from '../../src/db/database';
import { cellText } from '../../src/queries/workbench/cellText';
import { sampleDb } from '../helpers/sampleDb';
import { launchChromium } from './chromium';
import { downloaded } from './exportFiles';
import { requestsElsewhere, watchedPage } from './pageWatch';
import {
  editor,
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
let oracle: Database;
let session: SqlSession;
beforeAll(async () => {
  if (!chromiumPath) return;
  browser = await launchChromium(chromiumPath);
  // The same engine on the same bundled snapshots, in Node: what the page must answer.
  oracle = await sampleDb();
  session = await oracle.openSession();
});
afterAll(async () => {
  await browser?.close();
  await session?.close();
  await oracle?.close();
});

/** The rows DuckDB gives for `sql`, as the workbench writes them (NULL as "NULL"). */
async function expected(sql: string): Promise<string[][]> {
  const result = await session.run(sql, { maxRows: 1_000_000, readOnly: true });
  return Array.from({ length: result.rowCount }, (_, r) =>
    result.columns.map((_, c) => cellText(result.cell(r, c))),
  );
}

const DAYS_AT_ONE = `SELECT app, count(*) AS days, min(date) AS first_day, max(rank) AS worst,
  NULL::VARCHAR AS nothing, sum(downloads) AS downloads
FROM rankings_current
WHERE rank = 1 AND store = 'ios' AND country = 'US' AND chart = 'top_free' AND category = 'overall'
GROUP BY app ORDER BY days DESC, app`;

describe.skipIf(!chromiumPath)('the SQL workbench in a real browser', () => {
  it('runs a typed query and shows its result: numbers to the right, ISO dates, NULL', async () => {
    const { page, requests, errors } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    await typeQuery(page, DAYS_AT_ONE);
    await runQuery(page);

    const answer = await expected(DAYS_AT_ONE);
    const table = await resultTable(page);
    expect(table.headers).toEqual(['app', 'days', 'first_day', 'worst', 'nothing', 'downloads']);
    expect(table.rows.map((row) => [row[0], row[2], row[4]])).toEqual(
      answer.map((row) => [row[0], row[2], row[4]]),
    );
    // Counts are grouped for reading; the digits are DuckDB's.
    expect(table.rows.map((row) => row[5]!.replaceAll(',', ''))).toEqual(answer.map((r) => r[5]));
    expect(table.rows[0]![2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = answer.length;
    await expect(queryStatus(page).textContent()).resolves.toMatch(
      new RegExp(`^${rows} rows? in \\d+ ms\\.$`),
    );
    const aligned = await page
      .getByRole('region', { name: 'Query result' })
      .locator('tbody tr:not([aria-hidden]) td')
      .evaluateAll((cells) => cells.slice(0, 6).map((td) => getComputedStyle(td).textAlign));
    expect(aligned).toEqual(['left', 'right', 'left', 'right', 'left', 'right']);
    await expect(page.locator('.result-table .null').first().textContent()).resolves.toBe('NULL');

    // Keywords are highlighted, in a colour of their own.
    const colours = await editor(page).evaluate((content) => {
      const spans = [...content.querySelectorAll('span')];
      const colourOf = (text: string) =>
        getComputedStyle(spans.find((s) => s.textContent === text)!).color;
      return { keyword: colourOf('SELECT'), text: getComputedStyle(content).color };
    });
    expect(colours.keyword).not.toBe(colours.text);

    expect(errors).toEqual([]);
    expect(requestsElsewhere(requests, baseUrl)).toEqual([]);
    await page.context().close();
  });

  it('completes table and column names from the live schema, and the schema browser inserts them', async () => {
    const { page } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    await typeQuery(page, 'CREATE TEMP TABLE my_picks AS SELECT 1 AS pick_score');
    await runQuery(page);
    await typeQuery(page, 'SELECT pick_sc');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li .cm-completionLabel');
    await expect.poll(() => options.allTextContents()).toContain('pick_score');
    await page.keyboard.press('Escape');
    await typeQuery(page, 'SELECT * FROM rankings_cu');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => options.allTextContents()).toContain('rankings_current');
    await page.keyboard.press('Escape');

    const mine = page.locator('.schema-object', { hasText: 'my_picks' });
    await expect.poll(() => mine.locator('.schema-count').textContent()).toBe('temporary · 1 row');
    const appRankings = page.locator('.schema-object', { hasText: 'app_rankings' }).first();
    const [{ n } = { n: -1 }] = await oracle.query<{ n: number }>(
      'SELECT count(*) AS n FROM app_rankings',
    );
    await expect
      .poll(() => appRankings.locator('.schema-count').textContent())
      .toBe(`${n.toLocaleString('en-US')} rows`);
    await page.getByRole('button', { name: 'Columns of hashtag_daily' }).click();
    const columns = page.locator('#schema-hashtag_daily li');
    await expect.poll(() => columns.allTextContents()).toContain('dailyBIGINT');

    await typeQuery(page, 'SELECT count(*) FROM ');
    await page.getByRole('button', { name: 'hashtag_daily', exact: true }).click();
    expect(await editorText(page)).toBe('SELECT count(*) FROM hashtag_daily');
    await page.context().close();
  });

  it('keeps the text after an error and shows DuckDB’s message where it points', async () => {
    const { page } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    const sql = 'SELECT app,\n  nosuch_column\nFROM rankings_current';
    await typeQuery(page, sql);
    await runQuery(page);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/Binder Error: .*nosuch_column/);
    await expect(alert.textContent()).resolves.toContain('At line 2, column 3');
    expect(await editorText(page)).toBe(sql);
    await expect(page.locator('.cm-sql-error').textContent()).resolves.toBe('nosuch_column');
    // Fixing the query clears the error.
    await typeQuery(page, 'SELECT 1 AS ok');
    await runQuery(page);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('keeps 100,000 rows quick: only rows in view are drawn, columns sort by value', async () => {
    const { page } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    await typeQuery(
      page,
      'SELECT i, i % 7 AS m, CASE WHEN i % 2 = 0 THEN NULL ELSE i END AS odd FROM range(100000) t(i)',
    );
    await runQuery(page);
    await expect(queryStatus(page).textContent()).resolves.toMatch(/^100,000 rows in /);
    const region = page.getByRole('region', { name: 'Query result' });
    expect(await region.locator('table').getAttribute('aria-rowcount')).toBe('100001');
    expect(await region.locator('tbody tr').count()).toBeLessThan(80);
    await region.evaluate((r) => (r.scrollTop = r.scrollHeight));
    await expect.poll(async () => (await resultTable(page)).rows.at(-1)?.[0]).toBe('99,999');

    const header = (name: string) => region.getByTitle(`Sort by ${name}`, { exact: true });
    await header('m').click();
    await header('m').click();
    await region.evaluate((r) => (r.scrollTop = 0));
    await expect.poll(async () => (await resultTable(page)).rows[0]?.[1]).toBe('6');
    expect(await region.locator('th[aria-sort="descending"]').textContent()).toContain('m');
    // NULLs go last whichever way a column is sorted.
    await header('odd').click();
    await expect.poll(async () => (await resultTable(page)).rows[0]?.[2]).toBe('1');
    await header('odd').click();
    await expect.poll(async () => (await resultTable(page)).rows[0]?.[2]).toBe('99,999');
    await page.context().close();
  });

  it('exports the result as CSV with exactly its rows, values exact and formulas escaped', async () => {
    const { page } = await watchedPage(browser);
    await openWorkbench(page, baseUrl);
    const sql = `SELECT * FROM (VALUES
        (9007199254740993::BIGINT, 12.50::DECIMAL(6,2), DATE '2025-01-13', TIMESTAMP '2025-01-13 09:30:00.123456', '=HYPERLINK("x")', NULL::VARCHAR),
        (-1, -0.05, DATE '2024-12-31', NULL, 'a, "quoted" text', '@SUM(A1)')
      ) t(big, amount, day, seen_at, label, other)
      UNION ALL
      SELECT count(*), 0, max(date), NULL, app, NULL FROM rankings_current GROUP BY app
      ORDER BY big, label`;
    await typeQuery(page, sql);
    await runQuery(page);
    const file = await downloaded(page, page.getByRole('button', { name: 'Download CSV' }));
    expect(file.name).toBe('query-result.csv');
    const parsed = Papa.parse<string[]>(file.bytes.toString('utf8'), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['big', 'amount', 'day', 'seen_at', 'label', 'other']);
    const rows = (await expected(sql)).map((row) =>
      row.map((cell) =>
        cell === 'NULL'
          ? ''
          : /^[=+\-@]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)
            ? `'${cell}`
            : cell,
      ),
    );
    expect(parsed.slice(1)).toEqual(rows);
    expect(parsed.flat()).toContain('9007199254740993');
    expect(parsed.flat()).toContain('\'=HYPERLINK("x")');
    expect(parsed.flat()).toContain('2025-01-13 09:30:00.123456');
    await page.context().close();
  });
});
