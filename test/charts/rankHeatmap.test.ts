import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { timeFrameOf } from '../../src/charts/interaction/timeFrameOf';
import { rankHeatmap, type HeatmapCell, type RankHeatmapData } from '../../src/charts/rankHeatmap';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { day, events, snapshotOf } from './chartFixtures';

const countries = [
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'MY', name: 'Malaysia' },
  { code: 'TW', name: 'Taiwan' },
];

const N = null;
const ranks: Record<string, (number | null)[]> = {
  US: [412, 180, 40, 1, 1, 1, 1, 1, 1, 2, 3, 5, 8, 12],
  CA: [N, 650, 90, 4, 1, 1, 1, 2, 2, 3, 6, 9, 15, 30],
  GB: [N, N, N, 210, 60, 25, 18, 22, 40, 75, 120, 300, N, N],
  MY: [8, 7, 7, 6, 5, 5, 4, 4, 5, 6, 6, 7, 7, 8],
  TW: [3, 3, 2, 2, 2, N, 2, 3, 3, 3, 4, 4, 4, 5],
};
const cells: HeatmapCell[] = Object.entries(ranks).flatMap(([country, row]) =>
  row.flatMap((rank, i) => (rank == null ? [] : [{ country, date: day(10 + i), rank }])),
);

function render(data: Partial<RankHeatmapData> = {}, options = {}) {
  return rankHeatmap(
    {
      app: 'xiaohongshu',
      label: 'Xiaohongshu (RedNote)',
      countries,
      cells,
      events,
      from: day(10),
      to: day(23),
      ...data,
    },
    { width: 800, ...options },
    jsdomDocument(),
  );
}

const cell = (svg: SVGSVGElement, country: string, date: string) =>
  svg.querySelector<SVGRectElement>(`rect.cell[data-country="${country}"][data-date="${date}"]`);
const num = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));
/** The top of a cell's row. */
const rowTop = (el: Element | null | undefined) =>
  Number(
    /translate\(0,([\d.]+)\)/.exec(el?.closest('g.row')?.getAttribute('transform') ?? '')?.[1],
  );

describe('rank heat map', () => {
  it('matches the committed SVG for five countries over two weeks', async () => {
    await expect(snapshotOf(render())).toMatchFileSnapshot('./__snapshots__/rank-heatmap.svg');
  });

  it('matches the committed SVG at phone width, with country codes', async () => {
    const svg = render({}, { width: 360 });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/rank-heatmap-narrow.svg');
    const labels = [...svg.querySelectorAll('.country-labels text')];
    expect(labels.map((t) => t.firstChild?.textContent)).toEqual(['US', 'CA', 'GB', 'MY', 'TW']);
    expect(labels[2]?.querySelector('title')?.textContent).toBe('United Kingdom');
  });

  it('matches the committed SVG when the app is ranked nowhere, and says so', async () => {
    const svg = render({ cells: [] });
    await expect(snapshotOf(svg)).toMatchFileSnapshot('./__snapshots__/rank-heatmap-empty.svg');
    expect(svg.querySelector('.empty')?.textContent).toMatch(/not ranked/);
    expect(svg.querySelectorAll('rect.cell')).toHaveLength(0);
    expect(svg.querySelectorAll('rect.unranked')).toHaveLength(5 * 14);
  });

  it('matches the committed SVG for a single day', async () => {
    const svg = render({
      cells: cells.filter((c) => c.date.getTime() === day(15).getTime()),
      events: [],
      from: day(15),
      to: day(15),
    });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/rank-heatmap-single-day.svg',
    );
    expect(svg.querySelectorAll('rect.cell')).toHaveLength(4);
    expect(num(svg.querySelector('rect.cell'), 'width')).toBeLessThanOrEqual(40);
  });

  it('draws one row per country in the given order, one cell per ranked day', () => {
    const svg = render();
    const rows = [...svg.querySelectorAll('g.row')].map((r) => r.getAttribute('data-country'));
    expect(rows).toEqual(['US', 'CA', 'GB', 'MY', 'TW']);
    expect(svg.querySelectorAll('rect.cell')).toHaveLength(cells.length);
    expect(cell(svg, 'GB', '2025-01-10')).toBeNull();
    expect(cell(svg, 'US', '2025-01-13')?.dataset.rank).toBe('1');
    const us = cell(svg, 'US', '2025-01-10')!;
    const ca = cell(svg, 'CA', '2025-01-11')!;
    expect(rowTop(ca)).toBeGreaterThan(rowTop(us));
    expect(svg.querySelectorAll('rect.unranked')).toHaveLength(5 * 14 - cells.length);
  });

  it('centres each day’s column where the crosshair puts that day', () => {
    const svg = render();
    const frame = timeFrameOf(svg)!;
    for (const date of ['2025-01-10', '2025-01-16', '2025-01-23']) {
      const rect = cell(svg, 'MY', date)!;
      const centre = num(rect, 'x') + num(rect, 'width') / 2;
      expect(centre).toBeCloseTo(frame.x(new Date(`${date}T00:00:00Z`)), 6);
    }
    const first = cell(svg, 'MY', '2025-01-10')!;
    const last = cell(svg, 'MY', '2025-01-23')!;
    expect(num(first, 'x')).toBeCloseTo(
      Number(svg.getAttribute('data-plot-left')) - num(first, 'width') / 2,
      6,
    );
    expect(num(last, 'x') + num(last, 'width')).toBeLessThanOrEqual(800);
  });

  it('colours #1 with the bright end of cividis and lower ranks darker, on a log scale', () => {
    const svg = render();
    const fill = (country: string, date: string) => cell(svg, country, date)!.getAttribute('fill');
    expect(fill('US', '2025-01-13')).toBe(interpolateCividis(1));
    const luminance = (rgb: string | null) =>
      (rgb?.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
    const order = [1, 2, 8, 40, 412].map((rank) => {
      const found = cells.find((c) => c.rank === rank)!;
      return luminance(fill(found.country, found.date.toISOString().slice(0, 10)));
    });
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  it('draws a day not ranked as a faint cell of the text colour, unlike any rank', () => {
    const svg = render();
    const empty = svg.querySelector('rect.unranked[data-country="GB"][data-date="2025-01-10"]')!;
    expect(empty.getAttribute('fill')).toBe('currentColor');
    expect(Number(empty.getAttribute('fill-opacity'))).toBeLessThan(0.2);
    expect(svg.querySelector('.unranked-key text')?.textContent).toBe('not ranked');
  });

  it('keys the colours with #1, #10, #100 and #1000', () => {
    const labels = [...render().querySelectorAll('.color-legend > text')].map((t) => t.textContent);
    expect(labels).toEqual(['#1', '#10', '#100', '#1000']);
  });

  it('marks events as thin solid rules through the rows, numbered above them', () => {
    const svg = render();
    const rules = [...svg.querySelectorAll('.events .event line')];
    expect(rules).toHaveLength(3);
    expect(rules[0]!.getAttribute('stroke-dasharray')).toBeNull();
    expect(num(rules[0], 'y2')).toBe(Number(svg.getAttribute('data-plot-bottom')));
  });

  it('gives rows room: shorter rows when there are many countries, never under 12 px', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ code: `C${i}`, name: `Country ${i}` }));
    const svg = render({ countries: many, cells: [] });
    const [a, b] = [...svg.querySelectorAll('g.row rect:first-child')];
    expect(rowTop(b) - rowTop(a)).toBe(12);
    const [c, d] = [...render().querySelectorAll('g.row rect:first-child')];
    expect(rowTop(d) - rowTop(c)).toBe(24);
  });

  it('renders country names from data as text, never as markup', () => {
    const svg = render({ countries: [{ code: 'XX', name: '<img src=x onerror=alert(1)>' }] });
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('.country-labels text')?.textContent).toContain('<img');
  });
});
