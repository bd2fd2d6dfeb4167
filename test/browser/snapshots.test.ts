import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchChromiumProfile } from './chromium';
import { dashboardReady, loadFiles, loadStatus, rankLines, snapshotRows } from './dashboardPage';
import { requestsElsewhere, watchedPage } from './pageWatch';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

const BUNDLED = [
  ['app_rankings.csv', 'App rankings', '18,353', '0'],
  ['hashtag_views.csv', 'Hashtag views', '775', '0'],
  ['events.csv', 'Events', '17', '0'],
];

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

/** Likee in the British top free chart after the bundled range: one rank out of range. */
const LIKEE_GB = csv(
  'likee-gb.csv',
  'Date,App Name,Store,Country,Chart,Rank\n2025-06-01,Likee,iPhone,United Kingdom,Top Free,7\n2025-06-02,Likee,iPhone,United Kingdom,Top Free,1501\n',
);

/** About 7 MB of ranks in a chart the default view does not show: a load that takes a while. */
function largeFile() {
  const lines = ['date,app,store,country,chart,rank'];
  const start = Date.UTC(2001, 0, 1);
  for (let day = 0; day < 9000; day++) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    for (let app = 1; app <= 20; app++) lines.push(`${date},app-${app},ios,DE,top_paid,${app}`);
  }
  return csv('large.csv', lines.join('\n'));
}

let browser: Browser;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => browser?.close());

async function openDashboard() {
  const watched = await watchedPage(browser);
  await watched.page.goto(baseUrl);
  await dashboardReady(watched.page);
  return watched;
}

const statusText = async (page: Page) => (await loadStatus(page).textContent()) ?? '';

describe.skipIf(!chromiumPath)('loading snapshots in a real browser', () => {
  it('loads several files, keeps them across a reload, and removing one brings the views back', async () => {
    const { page, errors, requests } = await openDashboard();
    const before = await rankLines(page);
    await expect.poll(() => snapshotRows(page)).toEqual(BUNDLED);

    const small = csv(
      'rankings-small.csv',
      await readFile(path.join(FIXTURES, 'rankings-small.csv'), 'utf8'),
    );
    await loadFiles(page, [small, LIKEE_GB]);
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/Loaded/);
    expect(await statusText(page)).toBe(
      'Loaded 9 rows from rankings-small.csv (9 replaced). Loaded 1 row from likee-gb.csv (1 rejected).',
    );
    const rejects = page.getByRole('table', { name: 'Rejected rows of likee-gb.csv' });
    expect(await rejects.locator('tbody tr td').allTextContents()).toEqual([
      '3',
      'Rank',
      '1501',
      'rank is outside 1..1500',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download rejected rows' }).click(),
    ]);
    const downloaded = await readFile((await download.path()) ?? '', 'utf8');
    expect(downloaded).toContain('likee-gb.csv,3,Rank,1501,rank is outside 1..1500');

    const withLoaded = [
      ...BUNDLED,
      ['rankings-small.csv', 'App rankings', '9', '0'],
      ['likee-gb.csv', 'App rankings', '1', '1'],
    ];
    await expect.poll(() => snapshotRows(page)).toEqual(withLoaded);
    await expect.poll(async () => (await rankLines(page)).xiaohongshu).not.toBe(before.xiaohongshu);
    const loaded = await rankLines(page);

    await page.reload();
    await dashboardReady(page);
    expect(await page.getByRole('status', { name: 'Start-up' }).textContent()).toMatch(
      /and 2 snapshots you added/,
    );
    await expect.poll(() => snapshotRows(page)).toEqual(withLoaded);
    await expect.poll(() => rankLines(page)).toEqual(loaded);

    const source = page.getByRole('textbox', { name: 'Source of likee-gb.csv' });
    await source.fill('Appfigures export, 2 June 2025');
    await source.blur();
    await expect.poll(() => statusText(page)).toBe('Source of likee-gb.csv saved.');
    await page.reload();
    await dashboardReady(page);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Source of likee-gb.csv' }).inputValue())
      .toBe('Appfigures export, 2 June 2025');

    await page.getByRole('button', { name: 'Remove rankings-small.csv' }).click();
    await expect.poll(() => statusText(page)).toBe('Removed rankings-small.csv.');
    await expect.poll(() => rankLines(page)).toEqual(before);
    await expect
      .poll(() => snapshotRows(page))
      .toEqual(withLoaded.filter((r) => r[0] !== 'rankings-small.csv'));

    await page.getByRole('button', { name: 'Reset to bundled data' }).click();
    // A reset builds the database again from the bundled files, as a start does: seconds on a
    // busy machine, more than a poll's default second.
    await expect.poll(() => snapshotRows(page), { timeout: 30_000 }).toEqual(BUNDLED);
    await page.reload();
    await dashboardReady(page);
    await expect.poll(() => snapshotRows(page)).toEqual(BUNDLED);
    expect(await rankLines(page)).toEqual(before);

    expect(errors).toEqual([]);
    expect(requestsElsewhere(requests, baseUrl)).toEqual([]);
    await page.context().close();
  });

  it('shows progress with a Cancel button; a cancelled load changes nothing', async () => {
    const { page } = await openDashboard();
    const before = await rankLines(page);
    await loadFiles(page, [largeFile()]);
    const progress = page.getByRole('progressbar', { name: 'Loading large.csv' });
    await progress.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => statusText(page), { timeout: 60_000 })
      .toBe('large.csv: Cancelled: nothing was loaded from this file.');
    expect(await progress.count()).toBe(0);
    await expect.poll(() => snapshotRows(page)).toEqual(BUNDLED);
    expect(await rankLines(page)).toEqual(before);
    await page.context().close();
  });

  it('finds the data as it was before a load that a reload interrupted', async () => {
    const { page } = await openDashboard();
    await loadFiles(page, [largeFile()]);
    await page.getByRole('progressbar', { name: 'Loading large.csv' }).waitFor({ timeout: 30_000 });
    await page.reload();
    await dashboardReady(page);
    await expect.poll(() => snapshotRows(page)).toEqual(BUNDLED);
    await page.context().close();
  });

  it('keeps loaded snapshots after the browser is closed and started again', async () => {
    const profile = await mkdtemp(path.join(tmpdir(), 'driftwatch-profile-'));
    try {
      let context = await launchChromiumProfile(chromiumPath, profile);
      let page = await context.newPage();
      await page.goto(baseUrl);
      await dashboardReady(page);
      await loadFiles(page, [LIKEE_GB]);
      await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^Loaded 1 row/);
      await context.close();

      context = await launchChromiumProfile(chromiumPath, profile);
      page = await context.newPage();
      await page.goto(baseUrl);
      await dashboardReady(page);
      await expect
        .poll(() => snapshotRows(page))
        .toEqual([...BUNDLED, ['likee-gb.csv', 'App rankings', '1', '1']]);
      await context.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('says so when the browser’s storage is full, and keeps the file loaded for the visit', async () => {
    const { page } = await openDashboard();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseUrl).origin,
      quotaSize: 1,
    });
    await loadFiles(page, [LIKEE_GB]);
    await expect
      .poll(() => statusText(page), { timeout: 30_000 })
      .toBe(
        "Loaded 1 row from likee-gb.csv (1 rejected). The browser's storage is full: likee-gb.csv is loaded for now but will be gone after a reload.",
      );
    await expect
      .poll(() => snapshotRows(page))
      .toEqual([...BUNDLED, ['likee-gb.csv', 'App rankings', '1', '1']]);
    await page.reload();
    await dashboardReady(page);
    await expect.poll(() => snapshotRows(page)).toEqual(BUNDLED);
    await page.context().close();
  });

  it('takes files dropped anywhere on the page', async () => {
    const { page } = await openDashboard();
    const drop = (type: string) =>
      page.evaluate((eventType) => {
        const data = new DataTransfer();
        const text = 'date,app,rank\n2025-06-01,likee,4\n';
        data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
        window.dispatchEvent(new DragEvent(eventType, { dataTransfer: data, cancelable: true }));
      }, type);
    await drop('dragover');
    await page.getByText('Drop CSV files to load them').waitFor();
    await drop('drop');
    await page
      .getByRole('article', { name: 'Preview of dropped.csv' })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByText('Drop CSV files to load them').count()).toBe(0);
    await page.getByRole('button', { name: 'Load file' }).click();
    await expect
      .poll(() => statusText(page), { timeout: 30_000 })
      .toBe('Loaded 1 row from dropped.csv.');
    await page.context().close();
  });

  it('says why a file cannot be used, and changes nothing', async () => {
    const { page } = await openDashboard();
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await page
      .getByLabel('Load CSV snapshots')
      .setInputFiles([
        csv('empty.csv', ''),
        { name: 'chart.png', mimeType: 'image/png', buffer: png },
      ]);
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/empty\.csv: .+/);
    const status = await statusText(page);
    expect(status).toMatch(/empty\.csv: The file is empty/);
    expect(status).toContain('chart.png: This is a PNG image, not a CSV file');
    expect(await page.getByRole('button', { name: /^Load (file|\d+ files)$/ }).count()).toBe(0);
    await expect.poll(() => snapshotRows(page)).toEqual(BUNDLED);
    await page.context().close();
  });

  it('asks for the order of day and month when the dates cannot decide it', async () => {
    const { page } = await openDashboard();
    await page
      .getByLabel('Load CSV snapshots')
      .setInputFiles([csv('wide.csv', 'Day,TikTok,RedNote\n03/06/2025,2,300\n04/06/2025,3,120\n')]);
    const card = page.getByRole('article', { name: 'Preview of wide.csv' });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe(
      'app_rankings_wide',
    );
    const load = page.getByRole('button', { name: 'Load file' });
    expect(await load.isDisabled()).toBe(true);
    expect(await page.locator('.actions .warn').textContent()).toBe(
      'Choose the order of day and month in wide.csv.',
    );
    await card.getByRole('radio', { name: 'Day first (13/01/2025)' }).check();
    await card.getByRole('textbox', { name: 'Country' }).fill('GB');
    await load.click();
    await expect
      .poll(() => statusText(page), { timeout: 30_000 })
      .toBe('Loaded 2 rows from wide.csv.');
    await expect
      .poll(() => snapshotRows(page))
      .toEqual([...BUNDLED, ['wide.csv', 'App rankings', '2', '0']]);
    await page.context().close();
  });
});
