import { describe, expect, it } from 'vitest';
import {
  dailyDownloadsChart,
  type DailyDownloadsOptions,
  type DownloadsPoint,
  type DownloadsSeries,
} from '../../src/charts/dailyDownloadsChart';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { day, events, pathPoints, snapshotOf, tickY } from './chartFixtures';

const FROM = 10;
const DAYS = 14;

/** A series from daily downloads; the other measures follow as the query computes them. */
function series(app: string, label: string, downloads: (number | null)[]): DownloadsSeries {
  const known = downloads.filter((d): d is number => d != null);
  const peak = Math.max(...known);
  const points: DownloadsPoint[] = downloads.map((value, i) => {
    const week = downloads.slice(Math.max(0, i - 6), i + 1).filter((d): d is number => d != null);
    return {
      date: day(FROM + i),
      downloads: value,
      average7: value == null ? null : week.reduce((a, b) => a + b, 0) / week.length,
      share: null,
      indexed: value == null ? null : (value / downloads[0]!) * 100,
      ofPeak: value == null ? null : (value / peak) * 100,
    };
  });
  return { app, label, points };
}

/** Fills in each app's share of the day's total, null on a day no app has a value. */
function withShares(all: DownloadsSeries[]): DownloadsSeries[] {
  return all.map((s) => ({
    ...s,
    points: s.points.map((p, i) => {
      const total = all.reduce((sum, t) => sum + (t.points[i]!.downloads ?? 0), 0);
      return { ...p, share: p.downloads == null || total === 0 ? null : p.downloads / total };
    }),
  }));
}

const N = null;
const threeApps = withShares([
  series('tiktok', 'TikTok', [
    1_500_000,
    1_450_000,
    1_600_000,
    1_700_000,
    1_900_000,
    2_100_000,
    2_400_000,
    2_600_000,
    2_900_000,
    N,
    N,
    N,
    N,
    N,
  ]),
  series('xiaohongshu', 'Xiaohongshu (RedNote)', [
    40_000,
    60_000,
    180_000,
    700_000,
    1_100_000,
    1_000_000,
    900_000,
    800_000,
    700_000,
    N,
    650_000,
    500_000,
    420_000,
    380_000,
  ]),
  series('lemon8', 'Lemon8', [
    90_000,
    95_000,
    110_000,
    240_000,
    380_000,
    450_000,
    520_000,
    480_000,
    400_000,
    N,
    300_000,
    N,
    220_000,
    200_000,
  ]),
]);

function render(
  data: Partial<Parameters<typeof dailyDownloadsChart>[0]> = {},
  options: DailyDownloadsOptions = {},
) {
  return dailyDownloadsChart(
    { series: threeApps, events, from: day(FROM), to: day(FROM + DAYS - 1), ...data },
    { width: 800, height: 380, ...options },
    jsdomDocument(),
  );
}

const d = (svg: SVGSVGElement, app: string, selector = 'path.line') =>
  svg.querySelector(`[data-app="${app}"] ${selector}`)?.getAttribute('d');

describe('daily downloads chart', () => {
  it.each(['daily', 'share', 'indexed', 'ofPeak'] as const)(
    'matches the committed SVG in %s mode',
    async (mode) => {
      const svg = render({}, { mode, baselineLabel: '10 Jan 2025' });
      await expect(snapshotOf(svg)).toMatchFileSnapshot(`./__snapshots__/downloads-${mode}.svg`);
    },
  );

  it('matches the committed SVG at phone width', async () => {
    await expect(snapshotOf(render({}, { width: 360, height: 320 }))).toMatchFileSnapshot(
      './__snapshots__/downloads-daily-narrow.svg',
    );
  });

  it('matches the committed SVG when there is no estimate, and says so', async () => {
    const empty = threeApps.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, downloads: N, average7: N, share: N })),
    }));
    const svg = render({ series: empty }, { mode: 'share' });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/downloads-empty.svg');
    expect(svg.querySelector('.empty')?.textContent).toMatch(/No download estimates/);
  });

  it('matches the committed SVG for a single day, stacked shares as a thin bar', async () => {
    const one = threeApps.map((s) => ({ ...s, points: s.points.slice(4, 5) }));
    const svg = render({ series: one, events: [], from: day(14), to: day(14) }, { mode: 'share' });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/downloads-single-day.svg');
    expect(svg.querySelectorAll('rect.isolated')).toHaveLength(3);
  });

  it('draws the 7-day average bold over thin daily values, from 0 with SI ticks', () => {
    const svg = render();
    const bold = svg.querySelector('[data-app="tiktok"] path.line')!;
    const thin = svg.querySelector('[data-app="tiktok"] path.daily')!;
    expect(Number(bold.getAttribute('stroke-width'))).toBeGreaterThan(
      Number(thin.getAttribute('stroke-width')),
    );
    const labels = [...svg.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent);
    expect(labels[0]).toBe('0');
    expect(labels).toContain('1M');
    expect(labels).toContain('2.5M');
  });

  it('puts a value at the height of its gridline', () => {
    const svg = render();
    // TikTok's first day: 1.5M downloads, and the same 7-day average.
    const first = pathPoints(d(svg, 'tiktok', 'path.daily')).points[0]!;
    expect(first.y).toBeCloseTo(tickY(svg, '1.5M'), 6);
    expect(first.x).toBeCloseTo(Number(svg.getAttribute('data-plot-left')), 6);
  });

  it('breaks the lines on days without an estimate, never dropping to zero', () => {
    const svg = render();
    expect(pathPoints(d(svg, 'xiaohongshu')).subpaths).toBe(2);
    // Lemon8: nine days, a gap, one day alone (a dot), a gap, two days.
    expect(pathPoints(d(svg, 'lemon8', 'path.daily')).subpaths).toBe(3);
    expect(svg.querySelectorAll('[data-app="lemon8"] circle.isolated')).toHaveLength(2);
    const zero = tickY(svg, '0');
    expect(pathPoints(d(svg, 'tiktok')).points.every((p) => p.y < zero)).toBe(true);
  });

  it('stacks the shares to 100 % and leaves a gap on a day no app has a value', () => {
    const svg = render({}, { mode: 'share' });
    const labels = [...svg.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent);
    expect(labels).toEqual(['0%', '25%', '50%', '75%', '100%']);
    const top = pathPoints(d(svg, 'lemon8', 'path.area'));
    expect(top.subpaths).toBe(2);
    // The stack of the last app reaches 100 % on every day with a value.
    expect(top.points[0]!.y).toBeCloseTo(tickY(svg, '100%'), 6);
    const tiktok = pathPoints(d(svg, 'tiktok', 'path.area'));
    const shareOfDay1 = 1_500_000 / (1_500_000 + 40_000 + 90_000);
    const zero = tickY(svg, '0%');
    // d3-shape writes paths to 3 decimals.
    expect(tiktok.points[0]!.y).toBeCloseTo(zero + (tickY(svg, '100%') - zero) * shareOfDay1, 2);
  });

  it('rules the baseline at 100 in indexed mode and names it in the axis title', () => {
    const svg = render({}, { mode: 'indexed', baselineLabel: '10 Jan 2025' });
    const rule = Number(svg.querySelector('.reference line')!.getAttribute('y1'));
    const zero = tickY(svg, '0');
    const [first, second] = [...svg.querySelectorAll('.axis-y .tick')];
    expect(second?.textContent).toBe('500');
    expect(rule).toBeCloseTo(zero - (zero - tickY(svg, '500')) / 5, 6);
    expect(first?.textContent).toBe('0');
    expect(svg.querySelector('.axis-title')?.textContent).toContain('100 = 10 Jan 2025');
    // Every app is 100 on the baseline day.
    for (const app of ['tiktok', 'xiaohongshu', 'lemon8']) {
      expect(pathPoints(d(svg, app)).points[0]!.y).toBeCloseTo(rule, 2);
    }
  });

  it('keeps the percentage of peak on a fixed 0–100 scale', () => {
    const halved = threeApps.map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, ofPeak: p.ofPeak == null ? null : p.ofPeak / 2 })),
    }));
    const svg = render({ series: halved }, { mode: 'ofPeak' });
    const labels = [...svg.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent);
    expect(labels.at(-1)).toBe('100%');
    expect(svg.querySelector('.reference')).toBeNull();
  });

  it('names each drawn series by app for the tooltips and legend', () => {
    const svg = render({}, { mode: 'share' });
    expect(
      [...svg.querySelectorAll('.series [data-app]')].map((g) => g.getAttribute('data-app')),
    ).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    expect([...svg.querySelectorAll('.legend-item text')].map((t) => t.textContent)).toEqual([
      'TikTok',
      'Xiaohongshu (RedNote)',
      'Lemon8',
    ]);
  });

  it('never hard-codes black or white ink', () => {
    for (const mode of ['daily', 'share', 'indexed', 'ofPeak'] as const) {
      const svg = render({}, { mode }).outerHTML;
      expect(svg).not.toMatch(/#000\b|#000000|#fff\b|#ffffff|black|white/i);
    }
  });
});
