import { describe, expect, it } from 'vitest';
import { appColor } from '../../src/charts/appColors';
import {
  hashtagViewsChart,
  type HashtagViewsOptions,
  type ViewsPoint,
  type ViewsSeries,
} from '../../src/charts/hashtagViewsChart';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { day, events, snapshotOf, tickY } from './chartFixtures';

const FROM = 10;

/** A series from cumulative views per day (null: not observed), with gains as the query gives. */
function series(hashtag: string, platform: string, views: (number | null)[]): ViewsSeries {
  let previous: number | null = null;
  const points: ViewsPoint[] = views.map((value, i) => {
    const prior = previous === null ? null : views[previous]!;
    const change = value == null || prior == null ? null : value - prior;
    const point = {
      date: day(FROM + i),
      views: value,
      daily: change != null && change >= 0 ? change : null,
      correction: change != null && change < 0 ? change : null,
      gapDays: value == null || previous === null ? null : i - previous,
    };
    if (value != null) previous = i;
    return point;
  });
  return {
    key: `${hashtag}@${platform}`,
    hashtag,
    platform,
    label: `#${hashtag} on ${platform}`,
    points,
  };
}

const N = null;
const M = 1_000_000;
const twoHashtags = [
  // Not observed on 15 and 16 Jan: the gain on the 17th covers three days.
  series('tiktokrefugee', 'TikTok', [
    0,
    0.2 * M,
    1.5 * M,
    9 * M,
    30 * M,
    N,
    N,
    90 * M,
    110 * M,
    120 * M,
  ]),
  // Recounted on 16 Jan: the count goes down, a correction.
  series('rednote', 'Instagram', [
    1 * M,
    1.1 * M,
    1.6 * M,
    3 * M,
    6 * M,
    8 * M,
    7.2 * M,
    8 * M,
    9.5 * M,
    10 * M,
  ]),
];

function render(
  data: Partial<Parameters<typeof hashtagViewsChart>[0]> = {},
  options: HashtagViewsOptions = {},
) {
  return hashtagViewsChart(
    { series: twoHashtags, events, from: day(FROM), to: day(FROM + 9), ...data },
    { width: 800, height: 380, ...options },
    jsdomDocument(),
  );
}

const bars = (svg: SVGSVGElement, key: string) => [
  ...svg.querySelectorAll<SVGRectElement>(`.hashtag[data-key="${key}"] rect`),
];
const num = (el: Element | undefined, name: string) => Number(el?.getAttribute(name));

describe('hashtag views chart', () => {
  it.each([
    ['cumulative', 'linear'],
    ['cumulative', 'log'],
    ['daily', 'linear'],
    ['daily', 'log'],
  ] as const)('matches the committed SVG for %s views on a %s scale', async (mode, scale) => {
    await expect(snapshotOf(render({}, { mode, scale }))).toMatchFileSnapshot(
      `./__snapshots__/hashtag-views-${mode}-${scale}.svg`,
    );
  });

  it('matches the committed SVG for daily views at phone width', async () => {
    await expect(
      snapshotOf(render({}, { mode: 'daily', width: 360, height: 340 })),
    ).toMatchFileSnapshot('./__snapshots__/hashtag-views-daily-narrow.svg');
  });

  it('matches the committed SVG with no views, and says so', async () => {
    const svg = render({ series: [] });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/hashtag-views-empty.svg');
    expect(svg.querySelector('.empty')?.textContent).toMatch(/No views/);
  });

  it('matches the committed SVG for a single day', async () => {
    const one = twoHashtags.map((s) => ({ ...s, points: s.points.slice(3, 4) }));
    const svg = render({ series: one, events: [], from: day(13), to: day(13) }, { mode: 'daily' });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/hashtag-views-single-day.svg',
    );
    const rects = [...svg.querySelectorAll('rect.bar')];
    expect(rects).toHaveLength(2);
    expect(num(rects[0], 'width')).toBeLessThanOrEqual(24);
  });

  it('draws cumulative views as step lines that break where a day was not observed', () => {
    const svg = render();
    const d = svg.querySelector('[data-key="tiktokrefugee@TikTok"] path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
    // Step-after: each day's value holds flat until the next day, then rises.
    const [, x0, y0, x1, y1] = /M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/.exec(d)!.map(Number);
    expect(y1).toBe(y0);
    expect(x1).toBeGreaterThan(x0!);
  });

  it('stands a bar at its gain per day, at the height of its gridline', () => {
    const svg = render({}, { mode: 'daily' });
    // #tiktokrefugee on 14 Jan: 30M − 9M = 21M; #rednote on 13 Jan: 3M − 1.6M = 1.4M.
    const bar = bars(svg, 'tiktokrefugee@TikTok').find((b) => b.dataset.date === '2025-01-14')!;
    const zero = tickY(svg, '0');
    const tenM = tickY(svg, '10M');
    expect(num(bar, 'y')).toBeCloseTo(zero - ((zero - tenM) * 21) / 10, 6);
    expect(num(bar, 'y') + num(bar, 'height')).toBeCloseTo(zero, 6);
  });

  it('spreads a gain over unobserved days as one pale bar at the daily average', () => {
    const svg = render({}, { mode: 'daily' });
    const spread = svg.querySelector<SVGRectElement>(
      '[data-key="tiktokrefugee@TikTok"] rect.spread',
    )!;
    expect(spread.dataset.date).toBe('2025-01-17');
    expect(spread.dataset.gapDays).toBe('3');
    expect(spread.dataset.value).toBe(String(60 * M));
    const zero = tickY(svg, '0');
    const tenM = tickY(svg, '10M');
    expect(num(spread, 'y')).toBeCloseTo(zero - ((zero - tenM) * 20) / 10, 6);
    const oneDay = bars(svg, 'tiktokrefugee@TikTok').find((b) => b.dataset.date === '2025-01-14')!;
    const dayWidth = (num(svg, 'data-plot-right') - num(svg, 'data-plot-left')) / 9;
    expect(num(spread, 'width')).toBeCloseTo(num(oneDay, 'width') + 2 * dayWidth, 6);
    expect(Number(spread.getAttribute('fill-opacity'))).toBeLessThan(1);
  });

  it('draws a fall in the count as a correction under the baseline, not as a negative bar', () => {
    const svg = render({}, { mode: 'daily' });
    const baseline = num(svg.querySelector('line.baseline')!, 'y1');
    const rednote = bars(svg, 'rednote@Instagram');
    expect(rednote.some((b) => b.dataset.date === '2025-01-16')).toBe(false);
    for (const b of [...svg.querySelectorAll('rect.bar')]) {
      expect(num(b, 'y') + num(b, 'height')).toBeCloseTo(baseline, 6);
    }
    const correction = svg.querySelector<SVGGElement>('.corrections .correction')!;
    expect(correction.dataset.key).toBe('rednote@Instagram');
    expect(correction.dataset.date).toBe('2025-01-16');
    expect(correction.querySelector('title')?.textContent).toMatch(/correction.*went down by 800k/);
    const tip = /L[\d.]+,([\d.]+)Z/.exec(correction.querySelector('path')!.getAttribute('d')!)!;
    expect(Number(tip[1])).toBeGreaterThan(baseline);
    expect(Number(tip[1])).toBeLessThan(num(svg, 'data-plot-bottom'));
    expect(svg.querySelector('.axis-title')?.textContent).toMatch(
      /Correction: the count went down/,
    );
  });

  it('gives hashtags their own colours, not apps’, the same for the same order', () => {
    const colours = (svg: SVGSVGElement) =>
      [...svg.querySelectorAll('.legend-item rect')].map((r) => r.getAttribute('fill'));
    const first = colours(render());
    expect(new Set(first).size).toBe(2);
    for (const app of ['tiktok', 'xiaohongshu', 'lemon8'])
      expect(first).not.toContain(appColor(app));
    expect(colours(render({}, { mode: 'daily' }))).toEqual(first);
    const stroke = render()
      .querySelector('[data-key="rednote@Instagram"] path.line')!
      .getAttribute('stroke');
    expect(stroke).toBe(first[1]);
  });

  it('dashes the lines of the seventh series on, whose colours repeat', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...twoHashtags[1]!, key: `k${i}` }));
    const svg = render({ series: many });
    const path = (key: string) => svg.querySelector(`[data-key="${key}"] path.line`)!;
    expect(path('k6').getAttribute('stroke')).toBe(path('k0').getAttribute('stroke'));
    expect(path('k6').getAttribute('stroke-dasharray')).not.toBeNull();
    expect(path('k0').getAttribute('stroke-dasharray')).toBeNull();
  });

  it('reads views on a log scale in decades from the smallest positive value', () => {
    const svg = render({}, { scale: 'log' });
    const labels = [...svg.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent);
    expect(labels[0]).toBe('100k');
    expect(labels).toContain('1M');
    expect(labels).toContain('100M');
  });
});
