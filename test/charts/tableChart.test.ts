import { describe, expect, it } from 'vitest';
import { tableChart, type TableChartData } from '../../src/charts/tableChart';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { snapshotOf } from './chartFixtures';

const data: TableChartData = {
  columns: [
    { header: 'App' },
    { header: 'Best rank' },
    { header: 'Days at #1', numeric: true },
    { header: 'Hashtag views on the app by 25 Jan 2025', numeric: true },
  ],
  rows: [
    ['Xiaohongshu (RedNote)', '#1 on 13 Jan 2025', '12', '1,200,000,000'],
    ['<b>Lemon8</b>', '#1 on 7 Jan 2025', '3', '–'],
  ],
};

const render = (width: number, table = data) =>
  tableChart(table, { width, ariaLabel: 'Key figures' }, jsdomDocument());

describe('a table drawn as SVG', () => {
  it('matches the committed SVG', async () => {
    await expect(snapshotOf(render(640))).toMatchFileSnapshot('__snapshots__/tableChart.wide.svg');
  });

  it('sets data as text, numbers right-aligned, and fills the width asked for', () => {
    const svg = render(640);
    expect(svg.getAttribute('width')).toBe('640');
    const cells = [...svg.querySelectorAll('.table-row')[1]!.querySelectorAll('text')];
    expect(cells[0]!.textContent).toBe('<b>Lemon8</b>');
    expect(svg.querySelector('b')).toBeNull();
    expect(cells.map((c) => c.getAttribute('text-anchor'))).toEqual([
      'start',
      'start',
      'end',
      'end',
    ]);
  });

  it('wraps a long header and comes out wider than asked rather than cut a cell', () => {
    const narrow = render(200);
    expect(Number(narrow.getAttribute('width'))).toBeGreaterThan(200);
    const header = [...narrow.querySelectorAll('.table-head text')].map((t) => t.textContent);
    expect(header.length).toBeGreaterThan(data.columns.length);
    expect(header.join(' ')).toContain('Hashtag views');
  });

  it('draws the header alone when there are no rows', () => {
    const svg = render(640, { ...data, rows: [] });
    expect(svg.querySelectorAll('.table-row')).toHaveLength(0);
    expect(svg.querySelectorAll('.table-head text').length).toBeGreaterThanOrEqual(4);
  });
});
