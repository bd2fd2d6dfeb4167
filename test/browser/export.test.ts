import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { dashboardReady, loadFiles, loadStatus, rankLines } from './dashboardPage';
import { downloaded, pixelDifference, pngSize } from './exportFiles';
import { watchedPage } from './pageWatch';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const RANGE = '?from=2025-01-06&to=2025-01-25';

let browser: Browser;
let folder: string;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
  folder = await mkdtemp(path.join(tmpdir(), 'driftwatch-export-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(folder, { recursive: true, force: true });
});

async function open(query = RANGE) {
  const watched = await watchedPage(browser);
  await watched.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl).origin,
  });
  await watched.page.goto(`${baseUrl}${query}`);
  await dashboardReady(watched.page);
  return watched;
}

const figure = (page: Page, name: string) => page.getByRole('figure', { name });
const dialogOf = (page: Page, name: string) =>
  page.getByRole('dialog', { name: `Export: ${name}` });
const button = (scope: Locator, name: string) => scope.getByRole('button', { name, exact: true });
const field = (dialog: Locator, label: string) => dialog.getByLabel(label, { exact: true });
const status = (dialog: Locator) => dialog.getByRole('status', { name: 'Export status' });

async function openExport(page: Page, name: string) {
  await button(figure(page, name), 'Export').click();
  const dialog = dialogOf(page, name);
  await dialog.locator('.export-preview > svg').waitFor();
  return dialog;
}

/** The rows of a figure's "Show as table", header first. */
async function tableOf(page: Page, name: string): Promise<string[][]> {
  const panel = figure(page, name);
  await button(panel, 'Show as table').click();
  const rows = await panel
    .locator('table tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
  await button(panel, 'Hide table').click();
  return rows;
}

/** What a browser makes of an SVG file: parse errors, and everything that reaches outside it. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    const outside = all.flatMap((el) =>
      [...el.attributes]
        .filter(
          (a) =>
            (/href$/i.test(a.name) && !a.value.startsWith('#')) ||
            /url\((?!\s*['"]?#)/i.test(a.value) ||
            /^on/i.test(a.name),
        )
        .map((a) => `${el.tagName} ${a.name}=${a.value}`),
    );
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.tagName,
      title: doc.querySelector('svg > title')?.textContent ?? null,
      desc: doc.querySelector('svg > desc')?.textContent ?? null,
      text: all
        .filter((el) => el.tagName === 'text')
        .map((el) => el.textContent)
        .join('\n'),
      foreign: all
        .filter((el) => /^(foreignObject|image|script|style|iframe|use)$/i.test(el.tagName))
        .map((el) => el.tagName),
      outside,
    };
  }, svg);
}

/**
 * A CSV cell holds the number the table shows for reading: `1,234` as 1234, `12.3%` as 12.3
 * (to the table's precision), `+1,234 over 2 days` as 1234, `–` (none) as an empty cell; text
 * cells are the same text.
 */
function expectSameValue(csv: string, shown: string, where: string) {
  if (shown === '–') return expect(csv, where).toBe('');
  const number = /^-?\d+(\.\d+)?$/.test(csv) ? /-?[\d,]+(\.\d+)?/.exec(shown)?.[0] : undefined;
  if (number === undefined) return expect(csv, where).toBe(shown);
  const plain = number.replace(/,/g, '');
  const decimals = plain.split('.')[1]?.length ?? 0;
  expect(Number(csv).toFixed(decimals), where).toBe(Number(plain).toFixed(decimals));
}

describe.skipIf(!chromiumPath)('exporting a chart for publication', () => {
  it('exports the rank history as SVG, PNG, CSV, alt text, link and bundle', async () => {
    const { page, errors, requests } = await open();
    const table = await tableOf(page, 'Rank history');
    const dialog = await openExport(page, 'Rank history');
    expect(new URL(page.url()).searchParams.get('export')).toBe('rank-history');

    const title = 'RedNote tops the US App Store';
    await field(dialog, 'Title').fill(title);
    await field(dialog, 'Notes').fill('Top free chart, all categories.');
    await field(dialog, 'Byline').fill('Chart: Driftwatch');
    const source = await field(dialog, 'Source line').inputValue();
    expect(source).toMatch(/illustrative sample data/);
    const alt = await field(dialog, 'Alt text').inputValue();
    expect(alt).toMatch(/^Line chart of daily rank in the App Store's top free chart/);
    expect(alt).toMatch(/Xiaohongshu \(RedNote\) rose from #\d+ on 6 Jan 2025 to #1 on 13 Jan/);

    // SVG: valid, whole, nothing fetched from elsewhere, its texts where they belong.
    const svgFile = await downloaded(page, button(dialog, 'Download SVG'));
    expect(svgFile.name).toMatch(/^rednote-tops-the-us-app-store-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = svgFile.bytes.toString('utf8');
    const parsed = await inspectSvg(page, svg);
    expect(parsed).toMatchObject({ parseError: null, root: 'svg', title, desc: alt });
    expect(parsed.foreign).toEqual([]);
    expect(parsed.outside).toEqual([]);
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain('Chart: Driftwatch');
    expect(parsed.text).toContain('Top free chart, all categories.');
    expect(parsed.text).toMatch(/illustrative sample data/);
    expect(svg).toMatch(/font-family="system-ui, [^"]*sans-serif"/);

    // The file opened from disk, with no page around it, draws what the dialog previews.
    const box = (await dialog.locator('.export-preview > svg').boundingBox())!;
    expect([box.width, box.height]).toEqual([640, 400]);
    const clip = { x: Math.round(box.x), y: Math.round(box.y), width: 640, height: 400 };
    const preview = await page.screenshot({ clip });
    const onDisk = path.join(folder, 'rank-history.svg');
    await copyFile(svgFile.path, onDisk);
    const filePage = await browser.newPage({ viewport: { width: 640, height: 400 } });
    await filePage.goto(`file://${onDisk}`);
    const fromDisk = await filePage.screenshot();
    await filePage.close();
    const difference = await pixelDifference(page, preview, fromDisk);
    expect(difference.size).toBe('640×400');
    expect(difference.share).toBeLessThan(0.002);

    // PNG: the size times the scale.
    expect(pngSize((await downloaded(page, button(dialog, 'Download PNG'))).bytes)).toEqual({
      width: 1280,
      height: 800,
    });
    await button(dialog, '3×').click();
    await field(dialog, 'Size').selectOption('wide');
    await expect
      .poll(() => dialog.locator('.export-preview > svg').getAttribute('width'))
      .toBe('1200');
    const png = await downloaded(page, button(dialog, 'Download PNG'));
    expect(png.name).toMatch(/\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: 3600, height: 2025 });
    expect(await status(dialog).textContent()).toBe(`Downloaded ${png.name} (3600 × 2025 px).`);

    // CSV: the rows the chart draws, under the table's headers.
    const csv = (await downloaded(page, button(dialog, 'Download CSV'))).bytes.toString('utf8');
    expect(Papa.parse<string[]>(csv).data).toEqual(table);

    // Alt text and link, through the clipboard.
    await button(dialog, 'Copy alt text').click();
    await expect.poll(() => status(dialog).textContent()).toBe('Copied the alt text.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(alt);
    await button(dialog, 'Copy link').click();
    await expect
      .poll(() => status(dialog).textContent())
      .toBe('Copied a link to this view and these export settings.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    await button(dialog, 'Copy image').click();
    await expect
      .poll(() => status(dialog).textContent())
      .toBe('Copied the image (3600 × 2025 px).');
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    );
    expect(types).toContain('image/png');

    // The bundle: every file, the SQL with its parameters, the snapshots with their hashes.
    const zip = await downloaded(page, button(dialog, 'Download bundle (.zip)'));
    const files = unzipSync(new Uint8Array(zip.bytes));
    const base = zip.name.replace(/\.zip$/, '');
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        `${base}.svg`,
        `${base}.png`,
        `${base}.csv`,
        `${base}-alt-text.txt`,
        'query.sql',
        'view.json',
        'snapshots.csv',
      ].sort(),
    );
    expect(pngSize(Buffer.from(files[`${base}.png`]!))).toEqual({ width: 3600, height: 2025 });
    expect(strFromU8(files[`${base}.csv`]!)).toBe(csv);
    expect(strFromU8(files[`${base}-alt-text.txt`]!)).toBe(`${alt}\n`);
    const sql = strFromU8(files['query.sql']!);
    expect(sql).toMatch(/app_rankings_current/);
    expect(sql).toMatch(/-- Parameters, in the order of the \? marks: .*'xiaohongshu'/);
    expect(sql).toMatch(/'2025-01-06'/);
    const view = JSON.parse(strFromU8(files['view.json']!));
    expect(view.permalink).toBe(link);
    expect(view.filters).toMatchObject({ from: '2025-01-06', to: '2025-01-25', store: 'ios' });
    expect(view.export).toMatchObject({ chart: 'rank-history', size: 'wide', pngScale: 3, title });
    const snapshots = Papa.parse<string[]>(strFromU8(files['snapshots.csv']!)).data;
    expect(snapshots[0]).toEqual([
      'File name',
      'Kind',
      'Content hash (SHA-256)',
      'Source',
      'Loaded at (UTC)',
    ]);
    expect(snapshots.slice(1).map((r) => r[0])).toEqual(['app_rankings.csv', 'events.csv']);
    for (const row of snapshots.slice(1)) expect(row[2]).toMatch(/^[0-9a-f]{64}$/);

    const example = process.env.DRIFTWATCH_SCREENSHOT;
    if (example) {
      // The README's exported chart: this export, at the wide size and 1x.
      await button(dialog, '1×').click();
      const docs = path.dirname(path.resolve(example));
      const examplePng = await downloaded(page, button(dialog, 'Download PNG'));
      await copyFile(examplePng.path, path.join(docs, 'export-example.png'));
    }

    // The link reopens the view with the dialog and its settings.
    const again = await open(new URL(link).search);
    const reopened = dialogOf(again.page, 'Rank history');
    await reopened.locator('.export-preview > svg').waitFor();
    expect(await field(reopened, 'Title').inputValue()).toBe(title);
    expect(await field(reopened, 'Size').inputValue()).toBe('wide');
    expect(await button(reopened, '3×').getAttribute('aria-pressed')).toBe('true');
    await button(reopened, 'Close').click();
    expect(new URL(again.page.url()).searchParams.has('export')).toBe(false);
    expect(new URL(again.page.url()).searchParams.get('from')).toBe('2025-01-06');

    expect(errors).toEqual([]);
    // Downloads and the PNG drawing go through blob: URLs of the page's own origin.
    const own = (url: string) =>
      url.startsWith(baseUrl) || url.startsWith(`blob:${new URL(baseUrl).origin}/`);
    expect(requests.filter((url) => !own(url))).toEqual([]);
  });

  it('exports every chart of the dashboard, with a loaded snapshot among its sources', async () => {
    const { page, errors } = await open();
    const before = await rankLines(page);
    const small = await readFile(path.join(FIXTURES, 'rankings-small.csv'));
    await loadFiles(page, [{ name: 'rankings-small.csv', mimeType: 'text/csv', buffer: small }]);
    await expect.poll(() => loadStatus(page).textContent(), { timeout: 30_000 }).toMatch(/Loaded/);
    // Its ranks replace some bundled ones in this range: wait until the chart has them.
    await expect.poll(async () => (await rankLines(page)).xiaohongshu).not.toBe(before.xiaohongshu);

    for (const name of ['Rank history', 'Daily downloads', 'Hashtag views', 'Rank by country']) {
      const table = await tableOf(page, name);
      const dialog = await openExport(page, name);
      const alt = await field(dialog, 'Alt text').inputValue();
      expect(alt.length, name).toBeGreaterThan(80);
      const svg = (await downloaded(page, button(dialog, 'Download SVG'))).bytes.toString('utf8');
      const parsed = await inspectSvg(page, svg);
      expect(parsed, name).toMatchObject({ parseError: null, title: name, desc: alt });
      expect(parsed.outside, name).toEqual([]);
      expect(parsed.foreign, name).toEqual([]);
      const png = (await downloaded(page, button(dialog, 'Download PNG'))).bytes;
      expect(pngSize(png), name).toEqual({ width: 1280, height: 800 });
      const csv = (await downloaded(page, button(dialog, 'Download CSV'))).bytes.toString('utf8');
      const rows = Papa.parse<string[]>(csv).data;
      expect(rows[0], name).toEqual(table[0]);
      expect(rows.length, name).toBe(table.length);
      rows
        .slice(1)
        .forEach((row, r) =>
          row.forEach((cell, c) => expectSameValue(cell, table[r + 1]![c]!, `${name} ${r} ${c}`)),
        );
      if (name === 'Rank history') {
        const zip = await downloaded(page, button(dialog, 'Download bundle (.zip)'));
        const snapshots = strFromU8(unzipSync(new Uint8Array(zip.bytes))['snapshots.csv']!);
        expect(snapshots).toMatch(/\nrankings-small\.csv,app_rankings,[0-9a-f]{64},/);
      }
      await page.keyboard.press('Escape');
      await dialogOf(page, name).waitFor({ state: 'detached' });
      // Focus goes back to the button that opened the dialog.
      expect(await page.evaluate(() => document.activeElement?.textContent), name).toBe('Export');
    }
    // Key figures: a table, exported as a drawn table with its CSV.
    const apps = await figure(page, 'Key figures').locator('tbody th').allTextContents();
    const dialog = await openExport(page, 'Key figures');
    const alt = await field(dialog, 'Alt text').inputValue();
    expect(alt).toMatch(/^Table of key figures for TikTok, Xiaohongshu \(RedNote\) and Lemon8/);
    const svg = (await downloaded(page, button(dialog, 'Download SVG'))).bytes.toString('utf8');
    expect(await inspectSvg(page, svg)).toMatchObject({ parseError: null, desc: alt });
    const csv = (await downloaded(page, button(dialog, 'Download CSV'))).bytes.toString('utf8');
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]!.slice(0, 3)).toEqual(['App', 'Best rank', 'Best rank first on']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(apps);
    expect(pngSize((await downloaded(page, button(dialog, 'Download PNG'))).bytes)).toEqual({
      width: 1280,
      height: 800,
    });
    expect(errors).toEqual([]);
  });

  it('draws the dark, transparent and colour-blind-safe versions', async () => {
    const { page } = await open(`${RANGE}&apps=tiktok,clapper,deepseek`);
    const dialog = await openExport(page, 'Daily downloads');
    const previewSvg = () => dialog.locator('.export-preview > svg').evaluate((s) => s.outerHTML);
    await button(dialog, 'Dark').click();
    await expect.poll(previewSvg).toMatch(/<rect [^>]*fill="#0d1117"/);
    await button(dialog, 'Transparent').click();
    await expect.poll(previewSvg).not.toMatch(/fill="#(0d1117|ffffff)"/);
    expect(await previewSvg()).toMatch(/#7391C3/i); // Clapper's own colour
    await button(dialog, 'Colour-blind safe').click();
    await expect.poll(previewSvg).not.toMatch(/#7391C3/i);
    expect(await previewSvg()).toMatch(/#D55E00/i);
    const svg = (await downloaded(page, button(dialog, 'Download SVG'))).bytes.toString('utf8');
    expect(svg).not.toMatch(/#7391C3|#AA8C46/i);
    expect(new URL(page.url()).searchParams.get('xpalette')).toBe('safe');
  });
});
