import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/ui/export/chartCsv';
import { formatCount, plainNumber } from '../../src/ui/format';
import type { TableColumn } from '../../src/ui/linked/ChartTable';

interface Row {
  readonly label: string;
  readonly downloads: number | null;
  readonly share: number | null;
}

const COLUMNS: TableColumn<Row>[] = [
  { header: 'App', value: (r) => r.label },
  {
    header: 'Downloads',
    value: (r) => formatCount(r.downloads),
    raw: (r) => plainNumber(r.downloads),
  },
  {
    header: 'Share (%)',
    value: (r) => (r.share === null ? '' : `${r.share.toFixed(1)}%`),
    raw: (r) => plainNumber(r.share),
  },
];

describe('a chart as CSV', () => {
  it('writes numbers plainly where the table formats them for reading', () => {
    const csv = chartCsv(COLUMNS, [
      { label: 'Xiaohongshu (RedNote)', downloads: 1_234_567, share: 0.1 + 0.2 },
      { label: 'Lemon8', downloads: null, share: null },
    ]);
    expect(csv).toBe('App,Downloads,Share (%)\nXiaohongshu (RedNote),1234567,0.3\nLemon8,,');
  });

  it('escapes cells a spreadsheet would run, and keeps negative numbers numbers', () => {
    const hostile = ['=HYPERLINK("http://x")', '+1+1', '-cmd', '@SUM(A1)', '\tTAB', '\rCR'];
    const rows = hostile.map((label, i) => ({ label, downloads: -i, share: null }));
    const parsed = Papa.parse<string[]>(chartCsv(COLUMNS, rows)).data.slice(1);
    expect(parsed.map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
    expect(parsed.map((r) => r[1])).toEqual(['0', '-1', '-2', '-3', '-4', '-5']);
  });
});
