import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { rejectsCsv } from '../../src/export/rejectsCsv';

describe('the refused rows as CSV', () => {
  it('escapes cells a spreadsheet would run as formulas, but not a plain negative number', () => {
    const hostile = ['=HYPERLINK("http://x")', '+1', '-5', '@SUM(A1)', '-5+1'];
    const csv = rejectsCsv(
      'bad.csv',
      hostile.map((value, i) => ({ line: i + 2, column: 'Rank', value, reason: 'bad' })),
    );
    const rows = Papa.parse<string[]>(csv).data.slice(1);
    expect(rows.map((r) => r[3])).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+1",
      '-5',
      "'@SUM(A1)",
      "'-5+1",
    ]);
  });

  it('keeps commas, quotes and newlines of a value intact', () => {
    const value = 'a, "b"\nc';
    const csv = rejectsCsv('x.csv', [{ line: 7, column: null, value, reason: 'too many fields' }]);
    expect(Papa.parse<string[]>(csv).data[0]).toEqual([
      'file',
      'line',
      'column',
      'value',
      'reason',
    ]);
    expect(Papa.parse<string[]>(csv).data[1]).toEqual(['x.csv', '7', '', value, 'too many fields']);
  });
});
