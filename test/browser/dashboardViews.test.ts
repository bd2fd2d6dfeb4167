import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { dashboardReady } from './dashboardPage';
import { watchedPage } from './pageWatch';

const chromiumPath = inject('chromiumPath');
const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
  if (chromiumPath) browser = await launchChromium(chromiumPath);
});
afterAll(async () => browser?.close());

const FIGURES = [
  'Rank history',
  'Daily downloads',
  'Hashtag views',
  'Rank by country',
  'Key figures',
];

async function open(query = '', { drawn = true } = {}) {
  const watched = await watchedPage(browser);
  await watched.page.goto(`${baseUrl}${query}`);
  if (drawn) await dashboardReady(watched.page);
  else await watched.page.waitForSelector('.app[data-state="ready"]', { timeout: 60_000 });
  return watched;
}

const figure = (page: Page, name: string) => page.getByRole('figure', { name });
const search = (page: Page) => new URL(page.url()).searchParams;

/** The apps drawn in a chart, in order. */
const appsDrawn = (page: Page, name: string) =>
  figure(page, name)
    .locator('svg [data-app]')
    .evaluateAll((groups) => [...new Set(groups.map((g) => g.getAttribute('data-app')))]);

/** Waits until a figure has redrawn with something other than `before`. */
async function redrawn(page: Page, name: string, before: string) {
  await expect
    .poll(
      () =>
        figure(page, name)
          .locator('svg')
          .first()
          .evaluate((s) => s.outerHTML),
      {
        timeout: 20_000,
      },
    )
    .not.toBe(before);
}

const svgOf = (page: Page, name: string) =>
  figure(page, name)
    .locator('svg')
    .first()
    .evaluate((s) => s.outerHTML);

describe.skipIf(!chromiumPath)('the analyst dashboard in a real browser', () => {
  it('shows every view as a figure named by its visible title', async () => {
    const { page, errors } = await open();
    for (const name of FIGURES) {
      await figure(page, name).waitFor();
      await expect(figure(page, name).locator('h2').textContent()).resolves.toBe(name);
    }
    for (const name of FIGURES.slice(0, 4)) {
      await figure(page, name).locator('svg').first().waitFor({ timeout: 20_000 });
    }
    expect(await appsDrawn(page, 'Daily downloads')).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts every control change in the URL and redraws; reload and Back restore views', async () => {
    const { page, errors } = await open();
    const filters = page.getByRole('form', { name: 'Filters' });

    let before = await svgOf(page, 'Rank history');
    await filters.getByRole('combobox', { name: 'Country' }).selectOption('GB');
    expect(search(page).get('country')).toBe('GB');
    await redrawn(page, 'Rank history', before);
    expect(await figure(page, 'Rank history').locator('.subtitle').textContent()).toMatch(
      /^GB App Store/,
    );

    before = await svgOf(page, 'Rank history');
    await filters.getByRole('checkbox', { name: 'Likee' }).check();
    expect(search(page).get('apps')).toBe('tiktok,xiaohongshu,lemon8,likee');
    await redrawn(page, 'Rank history', before);
    await expect.poll(() => appsDrawn(page, 'Rank history')).toContain('likee');

    before = await svgOf(page, 'Rank history');
    await filters.getByLabel('From', { exact: true }).fill('2025-01-05');
    await filters.getByLabel('To', { exact: true }).fill('2025-01-25');
    expect(search(page).get('from')).toBe('2025-01-05');
    expect(search(page).get('to')).toBe('2025-01-25');
    await redrawn(page, 'Rank history', before);
    // Two edits, two redraws: the first (only From set) can be the one seen redrawn above.
    const frame = () =>
      figure(page, 'Daily downloads')
        .locator('svg')
        .first()
        .evaluate((s) => [s.dataset.from, s.dataset.to]);
    await expect.poll(frame).toEqual(['2025-01-05', '2025-01-25']);

    before = await svgOf(page, 'Rank history');
    await figure(page, 'Rank history').getByRole('button', { name: 'Linear' }).click();
    expect(search(page).get('rank')).toBe('linear');
    await redrawn(page, 'Rank history', before);

    before = await svgOf(page, 'Daily downloads');
    await figure(page, 'Daily downloads').getByRole('button', { name: 'Share' }).click();
    expect(search(page).get('downloads')).toBe('share');
    await redrawn(page, 'Daily downloads', before);

    before = await svgOf(page, 'Hashtag views');
    await figure(page, 'Hashtag views').getByRole('button', { name: 'Daily increase' }).click();
    expect(search(page).get('views')).toBe('daily');
    await redrawn(page, 'Hashtag views', before);

    before = await svgOf(page, 'Rank history');
    await filters.getByRole('combobox', { name: 'Event' }).selectOption('2025-01-18');
    await filters.getByRole('checkbox', { name: /Align on the event/ }).check();
    expect(search(page).get('event')).toBe('2025-01-18');
    expect(search(page).get('align')).toBe('1');
    await redrawn(page, 'Rank history', before);
    const ticks = await figure(page, 'Rank history')
      .locator('svg .axis-x .tick text')
      .allTextContents();
    expect(ticks.some((t) => t.includes('−'))).toBe(true);

    const url = page.url();
    const view = await svgOf(page, 'Rank history');
    await page.reload();
    await dashboardReady(page);
    expect(page.url()).toBe(url);
    await expect.poll(() => svgOf(page, 'Rank history')).toBe(view);
    expect(await filters.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('GB');
    expect(await filters.getByLabel('From', { exact: true }).inputValue()).toBe('2025-01-05');

    await page.goBack();
    await expect.poll(() => search(page).get('align')).toBeNull();
    await expect
      .poll(() => filters.getByRole('checkbox', { name: /Align on the event/ }).isChecked())
      .toBe(false);
    await page.goBack();
    await expect.poll(() => search(page).get('event')).toBeNull();
    await page.goForward();
    await expect
      .poll(() => filters.getByRole('combobox', { name: 'Event' }).inputValue())
      .toBe('2025-01-18');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to defaults with a notice for a link it cannot read', async () => {
    const { page } = await open('?country=Narnia&rank=sideways&utm_source=mail&apps=tiktok');
    const notice = page.getByRole('note', { name: 'Link notices' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('Ignored country=Narnia');
    expect(text).toContain('Ignored rank=sideways');
    expect(text).toContain('Ignored utm_source');
    expect(await appsDrawn(page, 'Rank history')).toEqual(['tiktok']);
    expect(search(page).toString()).toBe('apps=tiktok');
    await page.context().close();
  });

  it('links the charts: one crosshair on every time chart, a brush sets the range for all', async () => {
    const { page } = await open('?from=2025-01-01&to=2025-01-31');
    const rank = figure(page, 'Rank history').locator('svg').first();
    const plot = await rank.evaluate((s) => ({
      left: Number(s.dataset.plotLeft),
      right: Number(s.dataset.plotRight),
      top: Number(s.dataset.plotTop),
      bottom: Number(s.dataset.plotBottom),
      width: Number(s.getAttribute('width')),
      shown: s.getBoundingClientRect().width,
    }));
    const scale = plot.shown / plot.width;
    // 13 Jan is day 12 of 30 in the range.
    const x = (plot.left + ((plot.right - plot.left) * 12) / 30) * scale;
    await rank.hover({ position: { x, y: ((plot.top + plot.bottom) / 2) * scale } });
    const readout = figure(page, 'Rank history').locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('13 Jan 2025');
    expect(await readout.textContent()).toContain('Xiaohongshu (RedNote) #1');
    for (const name of ['Rank history', 'Daily downloads', 'Hashtag views']) {
      const lines = figure(page, name).locator('g.crosshair line');
      await expect.poll(() => lines.count()).toBe(1);
      const at = await figure(page, name)
        .locator('svg')
        .first()
        .evaluate((s) => {
          const line = s.querySelector('g.crosshair line')!;
          const left = Number(s.dataset.plotLeft);
          const right = Number(s.dataset.plotRight);
          return (Number(line.getAttribute('x1')) - left) / (right - left);
        });
      expect(at).toBeCloseTo(12 / 30, 2);
    }
    await expect(
      figure(page, 'Daily downloads').locator('.readout').textContent(),
    ).resolves.toContain('13 Jan 2025');

    const downloads = figure(page, 'Daily downloads').locator('svg').first();
    await downloads.scrollIntoViewIfNeeded();
    const box = (await downloads.boundingBox())!;
    const d = await downloads.evaluate((s) => ({
      left: Number(s.dataset.plotLeft),
      right: Number(s.dataset.plotRight),
      top: Number(s.dataset.plotTop),
      scale: s.getBoundingClientRect().width / Number(s.getAttribute('width')),
    }));
    const xOf = (day: number) => box.x + (d.left + ((d.right - d.left) * day) / 30) * d.scale;
    const y = box.y + (d.top + 40) * d.scale;
    await page.mouse.move(xOf(9), y);
    await page.mouse.down();
    await page.mouse.move(xOf(15), y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => search(page).get('from')).toBe('2025-01-10');
    expect(search(page).get('to')).toBe('2025-01-16');
    for (const name of ['Rank history', 'Daily downloads', 'Hashtag views', 'Rank by country']) {
      await expect
        .poll(() =>
          figure(page, name)
            .locator('svg')
            .first()
            .evaluate((s) => `${s.dataset.from}..${s.dataset.to}`),
        )
        .toBe('2025-01-10..2025-01-16');
    }
    await page.context().close();
  });

  it('hides an app everywhere from its legend entry, and shows it again', async () => {
    const { page } = await open();
    const legend = page.getByRole('group', { name: 'Show or hide apps' });
    await legend.getByRole('button', { name: 'TikTok' }).click();
    expect(search(page).get('hide')).toBe('tiktok');
    for (const name of ['Rank history', 'Daily downloads']) {
      await expect.poll(() => appsDrawn(page, name)).toEqual(['xiaohongshu', 'lemon8']);
    }
    const keyFigureApps = figure(page, 'Key figures').locator('tbody th');
    await expect
      .poll(() => keyFigureApps.allTextContents())
      .toEqual(['Xiaohongshu (RedNote)', 'Lemon8']);
    await legend.getByRole('button', { name: 'TikTok' }).click();
    await expect
      .poll(() => appsDrawn(page, 'Rank history'))
      .toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    await page.context().close();
  });

  it('lists in "Show as table" the numbers the chart draws', async () => {
    const { page } = await open('?from=2025-01-10&to=2025-01-20');
    const rank = figure(page, 'Rank history');
    await rank.getByRole('button', { name: 'Show as table' }).click();
    const rows = await rank
      .locator('.chart-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );
    expect(rows).toHaveLength(3 * 11);
    expect(rows).toContainEqual(['2025-01-13', 'Xiaohongshu (RedNote)', '1']);
    // The line of each app passes through the y of the rank the table lists.
    const drawn = await rank
      .locator('svg')
      .first()
      .evaluate((svg) => {
        const d = svg.querySelector('[data-app="xiaohongshu"] path.line')?.getAttribute('d') ?? '';
        const ys = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
        const tick = [...svg.querySelectorAll('.axis-y .tick')].find((t) => t.textContent === '#1');
        const one = /translate\(0,([\d.]+)\)/.exec(tick?.getAttribute('transform') ?? '');
        return { day4: ys[3], rankOne: Number(one?.[1]) };
      });
    expect(drawn.day4).toBeCloseTo(drawn.rankOne, 3);
    await page.context().close();
  });

  it('changes store, chart, category, facet and the heat map app through their controls', async () => {
    const { page } = await open();
    const filters = page.getByRole('form', { name: 'Filters' });
    let before = await svgOf(page, 'Rank history');
    await filters.getByRole('combobox', { name: 'Store' }).selectOption('google_play');
    expect(search(page).get('store')).toBe('google_play');
    await redrawn(page, 'Rank history', before);
    expect(await figure(page, 'Rank history').locator('.subtitle').textContent()).toMatch(
      /^US Google Play/,
    );

    const categories = await filters
      .getByRole('combobox', { name: 'Category' })
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const other = categories.find((c) => c !== 'overall');
    if (!other) throw new Error('the bundled data has one category only');
    before = await svgOf(page, 'Rank by country');
    await filters.getByRole('combobox', { name: 'Category' }).selectOption(other);
    expect(search(page).get('category')).toBe(other);
    await redrawn(page, 'Rank by country', before);

    await filters.getByRole('combobox', { name: 'Chart' }).selectOption('top_free');
    await filters.getByRole('combobox', { name: 'Category' }).selectOption('overall');
    before = await svgOf(page, 'Rank history');
    await figure(page, 'Rank history').getByRole('button', { name: 'By country' }).click();
    expect(search(page).get('facet')).toBe('country');
    await redrawn(page, 'Rank history', before);
    // The redraw for the chart and category above may land first: wait for the facets' own.
    const facetTitles = () =>
      figure(page, 'Rank history').locator('svg .facet-title').allTextContents();
    await expect.poll(facetTitles, { timeout: 20_000 }).toContain('United States (US)');
    expect((await facetTitles()).length).toBeGreaterThan(1);

    before = await svgOf(page, 'Rank by country');
    await figure(page, 'Rank by country')
      .getByRole('combobox', { name: 'App' })
      .selectOption('tiktok');
    expect(search(page).get('heatmap')).toBe('tiktok');
    await redrawn(page, 'Rank by country', before);
    await page.context().close();
  });

  it('follows the system theme, can be switched, and keeps the choice', async () => {
    const context = await browser.newContext({
      colorScheme: 'dark',
      viewport: { width: 1200, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await dashboardReady(page);
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    await dashboardReady(page);
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('light');
    await context.close();
  });

  it('fits a phone-width screen without scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await dashboardReady(page);
    for (const name of FIGURES.slice(0, 4))
      await figure(page, name).locator('svg').first().waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      charts: [...document.querySelectorAll('figure svg')].map(
        (s) => s.getBoundingClientRect().right,
      ),
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    for (const right of widths.charts) expect(right).toBeLessThanOrEqual(widths.viewport);
    await context.close();
  });

  it('draws snapshots loaded through the file input in every view', async () => {
    const { page } = await open('?from=2025-01-10&to=2025-01-20');
    const lines = ['date,app,store,country,chart,rank,downloads'];
    for (let day = 12; day <= 18; day++) {
      lines.push(
        `2025-01-${day},Bluesky,iPhone,United States,Top Free,${20 - day},${day * 10_000}`,
      );
    }
    await page
      .getByLabel('Load CSV snapshots')
      .setInputFiles([
        { name: 'bluesky.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) },
      ]);
    await page.getByRole('button', { name: 'Load file' }).click();
    await expect
      .poll(() => page.getByRole('status', { name: 'Snapshot loads' }).textContent(), {
        timeout: 30_000,
      })
      .toMatch(/^Loaded 7 rows from bluesky\.csv/);
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'bluesky' }).check();
    for (const name of ['Rank history', 'Daily downloads']) {
      await expect.poll(() => appsDrawn(page, name)).toContain('bluesky');
    }
    const row = figure(page, 'Key figures').locator('tbody tr', { hasText: 'bluesky' });
    await expect.poll(() => row.locator('td').first().textContent()).toBe('#2 on 18 Jan 2025');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('180,000 on 18 Jan 2025');

    await figure(page, 'Daily downloads').getByRole('button', { name: 'Indexed' }).click();
    await figure(page, 'Daily downloads').getByLabel('Baseline from').fill('2025-01-12');
    await figure(page, 'Daily downloads').getByLabel('to (mean of the days)').fill('2025-01-14');
    expect(search(page).get('baseline')).toBe('2025-01-12..2025-01-14');
    await page.context().close();
  });

  it('says why a view is empty instead of drawing an empty box', async () => {
    const { page } = await open('?apps=lemon8&store=google_play&country=JP', { drawn: false });
    const empty = figure(page, 'Rank history').locator('.empty');
    await empty.waitFor({ timeout: 20_000 });
    expect(await empty.textContent()).toMatch(
      /^Lemon8 has no rank on Google Play in Japan \(Top free, Overall\)/,
    );
    expect(await figure(page, 'Rank history').locator('svg').count()).toBe(0);
    await page.context().close();
  });
});
