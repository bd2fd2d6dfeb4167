import { describe, expect, it } from 'vitest';
import { rankHistoryChart, type RankSeries } from '../../src/charts/rankHistory';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { normaliseSvg } from '../helpers/normaliseSvg';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const from = day(10);
const to = day(19);

function series(app: string, label: string, ranks: (number | null)[]): RankSeries {
  return { app, label, points: ranks.map((rank, i) => ({ date: day(10 + i), rank })) };
}

const threeApps: RankSeries[] = [
  series('tiktok', 'TikTok', [2, 2, 3, 4, 6, 8, null, null, null, null]),
  series('xiaohongshu', 'Xiaohongshu (RedNote)', [412, 180, 40, 1, 1, 1, 1, 1, 1, 2]),
  series('lemon8', 'Lemon8', [5, 3, 2, 2, 2, 3, null, 9, null, null]),
];
const events = [
  { date: day(13), label: 'RedNote becomes the top free app on the US App Store' },
  { date: day(14), label: 'More than 700,000 new RedNote users in two days' },
  { date: day(18), label: 'TikTok goes dark in the US and leaves the Apple and Google stores' },
];

function render(data: Partial<Parameters<typeof rankHistoryChart>[0]>, options = {}) {
  const document = jsdomDocument();
  const svg = rankHistoryChart(
    { series: threeApps, events, from, to, ...data },
    { width: 800, height: 400, ...options },
    document,
  );
  return svg;
}

function pathYs(svg: SVGSVGElement, app: string): number[] {
  const d = svg.querySelector(`[data-app="${app}"] path.line`)?.getAttribute('d') ?? '';
  return [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
}

function tickY(svg: SVGSVGElement, label: string): number {
  const tick = [...svg.querySelectorAll('.axis-y .tick')].find((t) => t.textContent === label);
  const transform = tick?.getAttribute('transform') ?? '';
  return Number(/translate\(0,([\d.]+)\)/.exec(transform)?.[1]);
}

describe('rank history chart', () => {
  it('matches the committed SVG for three apps with gaps and events', async () => {
    await expect(normaliseSvg(render({}).outerHTML)).toMatchFileSnapshot(
      './__snapshots__/rank-history.svg',
    );
  });

  it('matches the committed SVG on a linear scale at phone width', async () => {
    const svg = render({}, { width: 360, height: 360, scale: 'linear' });
    await expect(normaliseSvg(svg.outerHTML)).toMatchFileSnapshot(
      './__snapshots__/rank-history-linear-narrow.svg',
    );
  });

  it('matches the committed SVG when nothing is ranked', async () => {
    const svg = render({ series: [series('lemon8', 'Lemon8', Array(10).fill(null))] });
    await expect(normaliseSvg(svg.outerHTML)).toMatchFileSnapshot(
      './__snapshots__/rank-history-empty.svg',
    );
    expect(svg.querySelector('.empty')?.textContent).toMatch(/not|No app/);
  });

  it('matches the committed SVG for a single day', async () => {
    const svg = render({
      series: [series('xiaohongshu', 'Xiaohongshu (RedNote)', [1])],
      events: [],
      from: day(13),
      to: day(13),
    });
    await expect(normaliseSvg(svg.outerHTML)).toMatchFileSnapshot(
      './__snapshots__/rank-history-single-day.svg',
    );
    expect(svg.querySelectorAll('circle.isolated')).toHaveLength(1);
  });

  it('draws one line per app, with rank 1 at the top of the plot', () => {
    const svg = render({});
    expect(svg.querySelectorAll('path.line')).toHaveLength(3);
    const top = tickY(svg, '#1');
    expect(Math.min(...pathYs(svg, 'xiaohongshu'))).toBeCloseTo(top, 6);
    expect(tickY(svg, '#100')).toBeGreaterThan(tickY(svg, '#10'));
    expect(tickY(svg, '#10')).toBeGreaterThan(top);
  });

  it('leaves a gap on days an app is not ranked and dots a lone ranked day', () => {
    const svg = render({});
    const lemon8 = svg.querySelector('[data-app="lemon8"] path.line')!.getAttribute('d')!;
    expect(lemon8.match(/M/g)).toHaveLength(2);
    expect(svg.querySelectorAll('[data-app="lemon8"] circle.isolated')).toHaveLength(1);
    const tiktok = svg.querySelector('[data-app="tiktok"] path.line')!.getAttribute('d')!;
    expect(tiktok.match(/[ML]/g)).toHaveLength(6);
  });

  it('numbers each event and lists it in the key', () => {
    const svg = render({});
    expect(svg.querySelectorAll('.events .event')).toHaveLength(3);
    const key = [...svg.querySelectorAll('.event-key text')].map((t) => t.textContent);
    expect(key[0]).toContain('13 Jan 2025');
    expect(key[2]).toContain('TikTok goes dark');
  });

  it('stacks markers of events on neighbouring days instead of overlapping them', () => {
    const sameDay = [
      { date: day(18), label: 'TikTok goes dark' },
      { date: day(18), label: 'TikTok leaves the stores' },
    ];
    const svg = render({ events: sameDay });
    const [first, second] = [...svg.querySelectorAll('.events circle')].map((c) =>
      Number(c.getAttribute('cy')),
    );
    expect(first).not.toBe(second);
  });

  it('renders labels from data as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const svg = render({ series: [series('evil', hostile, [3, 2, 1, 1, 1, 1, 1, 1, 1, 1])] });
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('.legend-item text')?.textContent).toBe(hostile);
  });

  it('is named Rank history unless the UI names it', () => {
    expect(render({}).querySelector('title')?.textContent).toBe('Rank history');
    expect(render({}, { ariaLabel: 'Ranks' }).getAttribute('aria-label')).toBe('Ranks');
  });

  it('matches the committed SVG aligned on an event, with the #1 days marked', async () => {
    const svg = render({}, { alignOn: day(13), markNumberOne: true });
    await expect(normaliseSvg(svg.outerHTML)).toMatchFileSnapshot(
      './__snapshots__/rank-history-aligned-number-one.svg',
    );
  });

  it('marks each day an app is #1 with a dot in its colour on the #1 gridline', () => {
    const svg = render({}, { markNumberOne: true });
    const marks = svg.querySelector('[data-app="xiaohongshu"] path.number-one')!;
    expect(marks.getAttribute('fill')).toBe('#D55E00');
    const dots = [...marks.getAttribute('d')!.matchAll(/M([\d.]+),([\d.]+)/g)];
    expect(dots).toHaveLength(6);
    for (const [, , y] of dots) expect(Number(y)).toBeCloseTo(tickY(svg, '#1'), 6);
    expect(svg.querySelector('[data-app="tiktok"] path.number-one')).toBeNull();
    expect(render({}).querySelector('path.number-one')).toBeNull();
  });
});
