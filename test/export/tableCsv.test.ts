import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableCsv, type TableColumn } from '../../src/export/tableCsv';

interface Row {
  readonly label: string;
  readonly value: string;
}

const columns: TableColumn<Row>[] = [
  { header: 'label', value: (r) => r.label },
  { header: 'value', value: (r) => r.value },
];
const parse = (csv: string) => Papa.parse<string[]>(csv).data;

describe('a table as CSV', () => {
  it('writes a header row and one row per item, in order', () => {
    const csv = tableCsv(columns, [
      { label: 'TikTok', value: '12' },
      { label: 'Lemon8', value: '3.5' },
    ]);
    expect(csv).toBe('label,value\nTikTok,12\nLemon8,3.5');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-2+3', "'-2+3"],
    ['-cmd|" /C calc"!A0', '\'-cmd|" /C calc"!A0'],
    ['=1+1\nsecond line', "'=1+1\nsecond line"],
    ['-12\n=1+1', "'-12\n=1+1"],
    ['-', "'-"],
    ['-.5', "'-.5"],
    ['+12', "'+12"],
  ])('escapes %j, which a spreadsheet would run, as %j', (hostile, escaped) => {
    const csv = tableCsv(columns, [{ label: 'x', value: hostile }]);
    expect(parse(csv)[1]).toEqual(['x', escaped]);
  });

  it.each(['-2', '-12', '-0.5', '-1500.25', '12', '0'])(
    'leaves the plain number %j a number, negative or not',
    (number) => {
      const csv = tableCsv(columns, [{ label: 'x', value: number }]);
      expect(csv).toBe(`label,value\nx,${number}`);
    },
  );

  it('keeps quotes, commas and newlines of a value through a round trip', () => {
    const rows = [
      { label: 'a, "b"\nc', value: 'say "hi"' },
      { label: 'line\r\nbreak', value: ' padded ' },
      { label: '', value: 'x,y' },
    ];
    const csv = tableCsv(columns, rows);
    expect(parse(csv)).toEqual([['label', 'value'], ...rows.map((r) => [r.label, r.value])]);
  });

  it('escapes a header as it escapes a cell', () => {
    const csv = tableCsv([{ header: '=HYPERLINK("x")', value: () => '1' }], [{}]);
    expect(parse(csv)[0]).toEqual(['\'=HYPERLINK("x")']);
  });

  it('writes only the header row when there are no rows', () => {
    expect(tableCsv(columns, [])).toBe('label,value');
  });
});
