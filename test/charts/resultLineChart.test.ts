import { describe, expect, it } from 'vitest';
import { appColor } from '../../src/charts/appColors';
import {
  resultLineChart,
  type ResultLineData,
  type ResultLineOptions,
  type ResultSeries,
} from '../../src/charts/resultLineChart';
import { seriesStyle } from '../../src/charts/seriesPalette';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { day, events, pathPoints, snapshotOf, tickY, timeTickX } from './chartFixtures';

const FROM = 10;
const N = null;

/** A line from 10 Jan 2025 on, one point per value. */
function series(key: string, label: string, values: (number | null)[]): ResultSeries {
  return { key, label, points: values.map((value, i) => ({ date: day(FROM + i), value })) };
}

const threeApps = [
  series('tiktok', 'TikTok', [120, 130, 150, 170, 160, 140, 90, 40, 20, 10]),
  // No row on 14 and 15 Jan: a gap.
  series('xiaohongshu', 'Xiaohongshu (RedNote)', [5, 8, 40, 110, N, N, 260, 240, 200, 180]),
  series('lemon8', 'Lemon8', [10, 12, 15, 30, 60, 80, 75, 70, 60, 55]),
];

function render(data: Partial<ResultLineData> = {}, options: Partial<ResultLineOptions> = {}) {
  return resultLineChart(
    { series: threeApps, events, from: day(FROM), to: day(FROM + 9), ...data },
    { width: 800, height: 380, valueLabel: 'downloads', ...options },
    jsdomDocument(),
  );
}

const lines = (svg: SVGSVGElement) => [...svg.querySelectorAll('path.line')];
const stroke = (svg: SVGSVGElement, key: string) =>
  svg.querySelector(`.result-series[data-key="${key}"] path.line`)?.getAttribute('stroke');
const tickLabels = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent);

describe('chart of a query result', () => {
  it('matches the committed SVG for three apps, with a gap and events', async () => {
    const svg = render();
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/result-lines-apps.svg');
    expect(lines(svg)).toHaveLength(3);
    for (const key of ['tiktok', 'xiaohongshu', 'lemon8']) {
      expect(stroke(svg, key)).toBe(appColor(key));
      const entry = svg.querySelector(`.legend-item[data-key="${key}"] rect`);
      expect(entry?.getAttribute('fill')).toBe(appColor(key));
    }
    expect(
      pathPoints(svg.querySelector('[data-key="xiaohongshu"] path')?.getAttribute('d')),
    ).toMatchObject({
      subpaths: 2,
    });
    expect(svg.querySelectorAll('.events .event')).toHaveLength(3);
    expect(svg.querySelector('.axis-title')?.textContent).toBe('downloads');
  });

  it('breaks a line where it goes longer than breakOver without a point, never bridging', () => {
    const sparse: ResultSeries = {
      key: 'tiktok',
      label: 'TikTok',
      points: [10, 11, 12, 18, 19].map((d) => ({ date: day(d), value: d })),
    };
    const d = (breakOver: number | null) =>
      render({ series: [sparse], breakOver })
        .querySelector('[data-key="tiktok"] path.line')
        ?.getAttribute('d');
    expect(pathPoints(d(1.5 * 86_400_000))).toMatchObject({ subpaths: 2 });
    expect(pathPoints(d(null))).toMatchObject({ subpaths: 1 });
  });

  it('matches the committed SVG for series that are not apps, in the series palette', async () => {
    const tags = [
      series('rednote', 'rednote', [1, 5, 20, 90, 300, 800, 1200, 1500, 1600, 1650]),
      series('tiktokrefugee', 'tiktokrefugee', [N, N, 10, 400, 2000, 2500, 2600, 2650, 2700, N]),
    ];
    const svg = render({ series: tags, events: [] }, { valueLabel: 'views' });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/result-lines-palette.svg');
    expect(stroke(svg, 'rednote')).toBe(seriesStyle(0).color);
    expect(stroke(svg, 'tiktokrefugee')).toBe(seriesStyle(1).color);
    expect(tickLabels(svg)).toContain('1k');
  });

  it('keeps palette colours that look like an app’s away from that app', () => {
    const mixed = [
      series('douyin', 'douyin', [1, 2]),
      series('tiktok', 'TikTok', [3, 4]),
      series('kuaishou', 'kuaishou', [5, 6]),
    ];
    const svg = render({ series: mixed, to: day(FROM + 1) });
    // The palette's first blue is within a hair of TikTok's: douyin takes the next colour.
    expect(stroke(svg, 'tiktok')).toBe(appColor('tiktok'));
    expect(stroke(svg, 'douyin')).toBe(seriesStyle(1).color);
    expect(stroke(svg, 'kuaishou')).toBe(seriesStyle(2).color);
    const apart = render({ series: [mixed[0]!, mixed[2]!], to: day(FROM + 1) });
    expect(stroke(apart, 'douyin')).toBe(seriesStyle(0).color);
  });

  it('matches the committed SVG for negative values, with a rule at zero', async () => {
    const change = [series('tiktok', 'TikTok', [40, 25, 10, -5, -60, -85, -30, 0, 15, 20])];
    const svg = render({ series: change }, { valueLabel: 'change in rank' });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/result-lines-negative.svg');
    const labels = tickLabels(svg);
    expect(labels[0]).toBe('\u2212100');
    expect(labels).toContain('0');
    const zero = Number(svg.querySelector('line.zero')?.getAttribute('y1'));
    expect(zero).toBeCloseTo(tickY(svg, '0'), 6);
    const lowest = pathPoints(svg.querySelector('path.line')?.getAttribute('d')).points[5]!;
    expect(lowest.y).toBeGreaterThan(zero);
  });

  it('draws values all below zero from their own extent', () => {
    const svg = render({ series: [series('x', 'x', [-120, -150, -130])], to: day(FROM + 2) });
    expect(tickLabels(svg)).not.toContain('0');
  });

  it('matches the committed SVG on a log scale, leaving values that are not positive as gaps', async () => {
    const views = [
      series('tiktok', 'TikTok', [2e6, 3e6, 5e6, 2e7, 9e7, 2e8, 4e8, 5e8, 5.5e8, 6e8]),
      series('lemon8', 'Lemon8', [300, 0, 2000, 15_000, -1, 80_000, 200_000, N, 400_000, 5e5]),
    ];
    const svg = render({ series: views }, { scale: 'log', valueLabel: 'views' });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/result-lines-log.svg');
    expect(svg.querySelector('.axis-title')?.textContent).toBe('views (log scale)');
    expect(tickLabels(svg)[0]).toBe('100');
    const lemon8 = svg.querySelector('[data-key="lemon8"] path.line')?.getAttribute('d');
    // 300 alone between 0 and the next value, then three runs: 0, −1 and NULL are gaps.
    expect(pathPoints(lemon8).subpaths).toBe(4);
    expect(svg.querySelectorAll('[data-key="lemon8"] circle.isolated')).toHaveLength(1);
  });

  it('matches the committed SVG for a single day, and leaves out events on other days', async () => {
    const one = threeApps.map((s) => ({ ...s, points: s.points.slice(3, 4) }));
    const svg = render({ series: one, from: day(13), to: day(13) });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/result-lines-single-day.svg',
    );
    expect(svg.querySelectorAll('circle.isolated')).toHaveLength(3);
    expect(svg.querySelectorAll('.events .event')).toHaveLength(1);
    expect([svg.dataset.from, svg.dataset.to]).toEqual(['2025-01-13', '2025-01-13']);
  });

  it('places times of day between the days, in a frame of the whole days they touch', () => {
    const at = (hours: number) => new Date(day(13).getTime() + hours * 3_600_000);
    const hourly = [
      { key: 'v', label: 'v', points: [6, 12, 18].map((h) => ({ date: at(h), value: h })) },
    ];
    const svg = render({ series: hourly, events: [], from: at(6), to: at(18) });
    expect([svg.dataset.from, svg.dataset.to]).toEqual(['2025-01-13', '2025-01-14']);
    const [left, right] = [Number(svg.dataset.plotLeft), Number(svg.dataset.plotRight)];
    const xs = pathPoints(svg.querySelector('path.line')?.getAttribute('d')).points.map((p) => p.x);
    expect(xs.map((x) => (x - left) / (right - left))).toEqual(
      [0.25, 0.5, 0.75].map((f) => expect.closeTo(f, 2)),
    );
    expect(timeTickX(svg, '13 Jan 2025')).toBeCloseTo(left, 6);
  });

  it('matches the committed SVG with nothing to draw, and says so', async () => {
    const svg = render({ series: [], events: [] });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/result-lines-empty.svg');
    expect(svg.querySelector('.empty')?.textContent).toBe('No values to draw');
    const negative = render({ series: [series('x', 'x', [-1, 0])] }, { scale: 'log' });
    expect(negative.querySelector('.empty')?.textContent).toBe(
      'No positive values to draw on a log scale',
    );
  });

  it('is named by its options', () => {
    const svg = render({}, { ariaLabel: 'Downloads by app, from the workbench' });
    expect(svg.getAttribute('aria-label')).toBe('Downloads by app, from the workbench');
    expect(render().getAttribute('aria-label')).toBe('Line chart of downloads');
  });
});
