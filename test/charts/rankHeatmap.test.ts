import { interpolateCividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { dayAt, timeFrameOf } from '../../src/charts/interaction/timeFrameOf';
import { isoDay } from '../../src/charts/isoDay';
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

interface DrawnCell {
  readonly country: string;
  /** The day under the rectangle's centre. */
  readonly date: string;
  readonly rank: number | null;
  readonly fill: string | null;
  readonly opacity: string | null;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The rectangles of the heat map's paths, each with its row's country and its day. */
function drawnCells(svg: SVGSVGElement, rows = countries): DrawnCell[] {
  const frame = timeFrameOf(svg)!;
  const shapes = [...svg.querySelectorAll('g.cells path')].flatMap((path) =>
    [
      ...(path.getAttribute('d') ?? '').matchAll(/M([\d.]+) ([\d.]+)H([\d.]+)V([\d.]+)H[\d.]+Z/g),
    ].map(([, x0, y0, x1, y1]) => ({
      rank: path.classList.contains('cell') ? Number(path.getAttribute('data-rank')) : null,
      fill: path.getAttribute('fill'),
      opacity: path.getAttribute('fill-opacity'),
      x: Number(x0),
      y: Number(y0),
      width: Number(x1) - Number(x0),
      height: Number(y1) - Number(y0),
    })),
  );
  const tops = [...new Set(shapes.map((s) => s.y))].sort((a, b) => a - b);
  return shapes.map((s) => ({
    ...s,
    country: rows[tops.indexOf(s.y)]!.code,
    date: isoDay(dayAt(frame, s.x + s.width / 2)),
  }));
}

const num = (el: Element | null | undefined, name: string) => Number(el?.getAttribute(name));
const cellAt = (svg: SVGSVGElement, country: string, date: string) =>
  drawnCells(svg).find((c) => c.country === country && c.date === date);
const ranked = (svg: SVGSVGElement) => drawnCells(svg).filter((c) => c.rank !== null);
const unranked = (svg: SVGSVGElement) => drawnCells(svg).filter((c) => c.rank === null);

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
    expect(ranked(svg)).toHaveLength(0);
    expect(unranked(svg)).toHaveLength(5 * 14);
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
    expect(ranked(svg)).toHaveLength(4);
    expect(ranked(svg)[0]!.width).toBeLessThanOrEqual(40);
  });

  it('draws one row per country in the given order, one cell per ranked day', () => {
    const svg = render();
    const drawn = ranked(svg).map(({ country, date, rank }) => ({ country, date, rank }));
    const given = cells.map(({ country, date, rank }) => ({ country, date: isoDay(date), rank }));
    const order = (c: { country: string; date: string }) =>
      `${countries.findIndex((k) => k.code === c.country)} ${c.date}`;
    const sorted = <T extends { country: string; date: string }>(list: T[]) =>
      [...list].sort((a, b) => order(a).localeCompare(order(b)));
    expect(sorted(drawn)).toEqual(sorted(given));
    expect(cellAt(svg, 'GB', '2025-01-10')?.rank).toBeNull();
    expect(cellAt(svg, 'US', '2025-01-10')!.y).toBeLessThan(cellAt(svg, 'CA', '2025-01-11')!.y);
    expect(unranked(svg)).toHaveLength(5 * 14 - cells.length);
  });

  it('leaves out cells of days outside the range and of countries it has no row for', () => {
    const stray = [
      { country: 'US', date: day(24), rank: 999 },
      { country: 'CA', date: day(9), rank: 999 },
      { country: 'ZZ', date: day(12), rank: 999 },
    ];
    const svg = render({ cells: [...cells, ...stray] });
    expect(ranked(svg)).toHaveLength(cells.length);
    expect(ranked(svg).filter((c) => c.rank === 999)).toEqual([]);
  });

  it('writes the cells of one rank as one path, and no path twice', () => {
    const svg = render();
    const ranks = [...svg.querySelectorAll('g.cells path.cell')].map((p) =>
      p.getAttribute('data-rank'),
    );
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(ranks).toHaveLength(new Set(cells.map((c) => c.rank)).size);
    expect(svg.querySelectorAll('g.cells path.unranked')).toHaveLength(1);
  });

  it('joins touching days of the same rank into one rectangle, and covers every day once', () => {
    const many = Array.from({ length: 300 }, (_, i) => day(i));
    const steady = many.map((date, i) => ({ country: 'US', date, rank: i < 200 ? 1 : 2 }));
    const svg = render({
      countries: countries.slice(0, 1),
      cells: steady,
      from: many[0]!,
      to: many.at(-1)!,
      events: [],
    });
    const shapes = drawnCells(svg, countries.slice(0, 1));
    expect(shapes.map((s) => s.rank)).toEqual([1, 2]);
    const [first, second] = shapes;
    expect(first!.x + first!.width).toBeCloseTo(second!.x, 1);
    expect(second!.width / first!.width).toBeCloseTo(100 / 200, 1);
  });

  it('centres each day’s column where the crosshair puts that day', () => {
    const svg = render();
    const frame = timeFrameOf(svg)!;
    for (const date of ['2025-01-10', '2025-01-16', '2025-01-23']) {
      const rect = cellAt(svg, 'MY', date)!;
      expect(rect.x + rect.width / 2).toBeCloseTo(frame.x(new Date(`${date}T00:00:00Z`)), 1);
    }
    const first = cellAt(svg, 'MY', '2025-01-10')!;
    const last = cellAt(svg, 'MY', '2025-01-23')!;
    expect(first.x).toBeCloseTo(Number(svg.getAttribute('data-plot-left')) - first.width / 2, 1);
    expect(last.x + last.width).toBeLessThanOrEqual(800);
  });

  it('colours #1 with the bright end of cividis and lower ranks darker, on a log scale', () => {
    const svg = render();
    const fill = (country: string, date: string) => cellAt(svg, country, date)!.fill;
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
    const empty = cellAt(svg, 'GB', '2025-01-10')!;
    expect(empty.fill).toBe('currentColor');
    expect(Number(empty.opacity)).toBeLessThan(0.2);
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
    const tops = (svg: SVGSVGElement, rows: typeof countries) => [
      ...new Set(drawnCells(svg, rows).map((c) => c.y)),
    ];
    const [a, b] = tops(render({ countries: many, cells: [] }), many);
    expect(b! - a!).toBe(12);
    const [c, d] = tops(render(), countries);
    expect(d! - c!).toBe(24);
  });

  it('renders country names from data as text, never as markup', () => {
    const svg = render({ countries: [{ code: 'XX', name: '<img src=x onerror=alert(1)>' }] });
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('.country-labels text')?.textContent).toContain('<img');
  });
});
