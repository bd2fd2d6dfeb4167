import { utcDay } from 'd3';
import { describe, expect, it } from 'vitest';
import { timeFrameOf } from '../../src/charts/interaction/timeFrameOf';
import {
  overviewTimeline,
  type OverviewSeries,
  type OverviewTimelineOptions,
} from '../../src/charts/overviewTimeline';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { pathPoints, snapshotOf } from './chartFixtures';

const from = new Date(Date.UTC(2024, 9, 1));
const to = new Date(Date.UTC(2025, 3, 30));
const allDays = utcDay.range(from, utcDay.offset(to, 1));
const ban = Date.UTC(2025, 0, 13);

/** A smooth, made-up rank per day: a rise to #1 around the ban for RedNote, a gap for TikTok. */
function series(app: string, label: string, rankOn: (daysFromBan: number) => number | null) {
  return {
    app,
    label,
    points: allDays.map((date) => ({
      date,
      value: rankOn(Math.round((date.getTime() - ban) / 86_400_000)),
    })),
  } satisfies OverviewSeries;
}

const threeApps = [
  series('tiktok', 'TikTok', (d) =>
    d >= 6 && d < 31 ? null : 2 + Math.round(3 * Math.abs(Math.sin(d / 9))),
  ),
  series('xiaohongshu', 'Xiaohongshu (RedNote)', (d) =>
    Math.round(1 + 400 * (1 - Math.exp(-((d / 15) ** 2)))),
  ),
  series('lemon8', 'Lemon8', (d) => Math.round(60 + 50 * Math.cos(d / 20))),
];

function render(
  data: Partial<Parameters<typeof overviewTimeline>[0]> = {},
  options: OverviewTimelineOptions = {},
) {
  return overviewTimeline(
    { series: threeApps, from, to, ...data },
    { width: 800, valueIs: 'rank', ...options },
    jsdomDocument(),
  );
}

const labels = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent);

describe('overview timeline', () => {
  it('matches the committed SVG for ranks over seven months', async () => {
    await expect(snapshotOf(render())).toMatchFileSnapshot('./__snapshots__/overview-timeline.svg');
  });

  it('matches the committed SVG at phone width', async () => {
    const svg = render({}, { width: 360 });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/overview-timeline-narrow.svg',
    );
    expect(labels(svg).length).toBeLessThanOrEqual(5);
  });

  it('matches the committed SVG with nothing to draw', async () => {
    const svg = render({ series: [] });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/overview-timeline-empty.svg',
    );
    expect(svg.querySelector('path.line')).toBeNull();
  });

  it('matches the committed SVG for a single day', async () => {
    const one = threeApps.map((s) => ({ ...s, points: s.points.slice(104, 105) }));
    const day = one[0]!.points[0]!.date;
    const svg = render({ series: one, from: day, to: day });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/overview-timeline-single-day.svg',
    );
    expect(svg.querySelectorAll('circle.isolated')).toHaveLength(3);
  });

  it('is short, and carries the time frame the brush attaches to', () => {
    const svg = render();
    expect(svg.getAttribute('height')).toBe('60');
    expect(svg.getAttribute('data-from')).toBe('2024-10-01');
    expect(svg.getAttribute('data-to')).toBe('2025-04-30');
    const frame = timeFrameOf(svg)!;
    expect(frame.left).toBe(48);
    expect(frame.right).toBe(784);
    expect(svg.querySelector('g.crosshair')).not.toBeNull();
  });

  it('labels months, with the year at January and on the first', () => {
    expect(labels(render())).toEqual(['Oct 2024', 'Nov', 'Dec', '2025', 'Feb', 'Mar', 'Apr']);
  });

  it('labels only years over a long extent', () => {
    const long = render({
      from: new Date(Date.UTC(2019, 0, 1)),
      to: new Date(Date.UTC(2025, 11, 31)),
    });
    expect(labels(long)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('puts #1 at the top for ranks and the largest amount at the top for amounts', () => {
    const svg = render();
    const top = Number(svg.getAttribute('data-plot-top'));
    const rednote = pathPoints(
      svg.querySelector('[data-app="xiaohongshu"] path.line')?.getAttribute('d'),
    );
    expect(Math.min(...rednote.points.map((p) => p.y))).toBeCloseTo(top, 2);
    const amounts = render({}, { valueIs: 'amount' });
    const rednoteAmounts = pathPoints(
      amounts.querySelector('[data-app="xiaohongshu"] path.line')?.getAttribute('d'),
    );
    expect(Math.max(...rednoteAmounts.points.map((p) => p.y))).toBeCloseTo(
      Number(svg.getAttribute('data-plot-bottom')) -
        (Number(svg.getAttribute('data-plot-bottom')) - top) / 401,
      2,
    );
    expect(Math.min(...rednoteAmounts.points.map((p) => p.y))).toBeCloseTo(top, 2);
  });

  it('breaks a line where an app has no value', () => {
    const tiktok = render().querySelector('[data-app="tiktok"] path.line')?.getAttribute('d');
    expect(pathPoints(tiktok).subpaths).toBe(2);
  });
});
