import { describe, expect, it } from 'vitest';
import type { RankSeries } from '../../src/charts/rankHistory';
import { rankHistoryFacets, type RankFacet } from '../../src/charts/rankHistoryFacets';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { day, events, pathPoints, snapshotOf, tickY } from './chartFixtures';

function series(app: string, label: string, ranks: (number | null)[]): RankSeries {
  return { app, label, points: ranks.map((rank, i) => ({ date: day(10 + i), rank })) };
}

const stores: RankFacet[] = [
  {
    key: 'ios',
    title: 'App Store',
    series: [
      series('tiktok', 'TikTok', [2, 2, 3, 4, 6, 8, null, null, null, null]),
      series('xiaohongshu', 'Xiaohongshu (RedNote)', [412, 180, 40, 1, 1, 1, 1, 1, 1, 2]),
    ],
  },
  {
    key: 'google_play',
    title: 'Google Play',
    series: [
      series('xiaohongshu', 'Xiaohongshu (RedNote)', [900, 600, 120, 9, 2, 1, 1, 1, 1, 1]),
      series('lemon8', 'Lemon8', [40, 22, 10, 5, 3, 3, null, 9, null, null]),
    ],
  },
];

function render(data: Partial<Parameters<typeof rankHistoryFacets>[0]> = {}, options = {}) {
  return rankHistoryFacets(
    { facets: stores, events, from: day(10), to: day(19), ...data },
    { width: 800, markNumberOne: true, ...options },
    jsdomDocument(),
  );
}

describe('rank history in small multiples', () => {
  it('matches the committed SVG for two stores', async () => {
    await expect(snapshotOf(render())).toMatchFileSnapshot(
      './__snapshots__/rank-history-facets.svg',
    );
  });

  it('matches the committed SVG at phone width', async () => {
    await expect(snapshotOf(render({}, { width: 360 }))).toMatchFileSnapshot(
      './__snapshots__/rank-history-facets-narrow.svg',
    );
  });

  it('matches the committed SVG with no panels, and says so', async () => {
    const svg = render({ facets: [] });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/rank-history-facets-empty.svg',
    );
    expect(svg.querySelector('.empty')?.textContent).toMatch(/No app/);
  });

  it('matches the committed SVG for a single day', async () => {
    const one = stores.map((f) => ({
      ...f,
      series: f.series.map((s) => ({ ...s, points: s.points.slice(5, 6) })),
    }));
    const svg = render({ facets: one, events: [], from: day(15), to: day(15) });
    await expect(snapshotOf(svg)).toMatchFileSnapshot(
      './__snapshots__/rank-history-facets-single-day.svg',
    );
    expect(svg.querySelectorAll('circle.isolated')).toHaveLength(4);
  });

  it('draws one panel per facet, titled with text, under one legend of every app', () => {
    const svg = render();
    const panels = [...svg.querySelectorAll('g.facet')];
    expect(panels.map((p) => p.getAttribute('data-facet'))).toEqual(['ios', 'google_play']);
    expect(panels.map((p) => p.querySelector('.facet-title')?.textContent)).toEqual([
      'App Store',
      'Google Play',
    ]);
    expect(svg.querySelectorAll('.legend')).toHaveLength(1);
    expect(
      [...svg.querySelectorAll('.legend-item')].map((i) => i.getAttribute('data-key')),
    ).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
  });

  it('shares the time and rank scales: the same rank sits at the same depth in each panel', () => {
    const svg = render();
    const [ios, play] = [...svg.querySelectorAll('g.facet')];
    const depth = (panel: Element, label: string) => tickY(panel, label) - tickY(panel, '#1');
    expect(depth(ios!, '#100')).toBeCloseTo(depth(play!, '#100'), 6);
    expect(tickY(play!, '#1')).toBeGreaterThan(tickY(ios!, '#1000'));
    const xAt = (panel: Element, app: string) =>
      pathPoints(panel.querySelector(`[data-app="${app}"] path.line`)?.getAttribute('d')).points[0]!
        .x;
    expect(xAt(ios!, 'xiaohongshu')).toBeCloseTo(xAt(play!, 'xiaohongshu'), 6);
  });

  it('spans the crosshair frame over every panel', () => {
    const svg = render();
    const bottom = Number(svg.getAttribute('data-plot-bottom'));
    const lastPanel = [...svg.querySelectorAll('g.facet')].at(-1)!;
    expect(tickY(lastPanel, '#1000')).toBeCloseTo(bottom, 6);
  });

  it('says so in a panel where nothing is ranked', () => {
    const svg = render({
      facets: [
        ...stores,
        { key: 'US', title: 'United States', series: [series('likee', 'Likee', [null])] },
      ],
    });
    expect(svg.querySelector('[data-facet="US"] .empty')?.textContent).toBe('Not ranked');
  });

  it('shares a given height among the panels, and grows past it rather than squash them', () => {
    const height = (svg: SVGSVGElement) => Number(svg.getAttribute('height'));
    const secondTitle = (svg: SVGSVGElement) =>
      Number(svg.querySelectorAll('.facet-title')[1]?.getAttribute('y'));
    const [short, tall] = [500, 700].map((h) => render({}, { height: h, showEvents: false }));
    expect([height(short!), height(tall!)]).toEqual([500, 700]);
    // Each of the two panels takes half of the extra 200 px.
    expect(secondTitle(tall!) - secondTitle(short!)).toBeCloseTo(100, 5);
    // 100 px cannot hold two panels of the least height: the chart is taller than asked.
    expect(height(render({}, { height: 100, showEvents: false }))).toBeGreaterThan(100);
  });
});
