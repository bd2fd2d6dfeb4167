import { describe, expect, it } from 'vitest';
import type { CellValue, ColumnKind } from '../../../src/db/results/cellValue';
import { cellDisplay, isNumericKind } from '../../../src/queries/workbench/cellDisplay';

const CASES: [value: CellValue, kind: ColumnKind, shown: string][] = [
  [null, 'integer', 'NULL'],
  [null, 'text', 'NULL'],
  [1234567n, 'integer', '1,234,567'],
  [-1234567n, 'integer', '-1,234,567'],
  [9007199254740993n, 'integer', '9,007,199,254,740,993'],
  [{ type: 'decimal', unscaled: 123456789n, scale: 2 }, 'decimal', '1,234,567.89'],
  [{ type: 'decimal', unscaled: -5n, scale: 3 }, 'decimal', '-0.005'],
  [{ type: 'decimal', unscaled: 1000n, scale: 0 }, 'decimal', '1,000'],
  [2.5, 'float', '2.5'],
  [1234.56789123, 'float', '1,234.567891'],
  [0.000012345, 'float', '1.2345e-5'],
  [1e22, 'float', '1.0000e+22'],
  [Number.NaN, 'float', 'nan'],
  [Number.NEGATIVE_INFINITY, 'float', '-inf'],
  [0, 'float', '0'],
  [-1, 'float', '-1'],
  ['1234567', 'text', '1234567'],
  [true, 'boolean', 'true'],
  [{ type: 'date', days: 20101 }, 'date', '2025-01-13'],
  [
    { type: 'timestamp', value: 1736760600123456n, unit: 'us', zoned: false },
    'timestamp',
    '2025-01-13 09:30:00.123456',
  ],
  [{ type: 'list', items: [1n, null, 3n] }, 'list', '[1, NULL, 3]'],
  [{ type: 'list', items: [1.5, -2] }, 'list', '[1.5, -2.0]'],
];

describe('a result cell as the table shows it', () => {
  it.each(CASES)('shows %o of kind %s as %s', (value, kind, shown) => {
    expect(cellDisplay(value, kind)).toBe(shown);
  });

  it('lines up numbers, and only numbers, on the right', () => {
    const kinds: ColumnKind[] = ['integer', 'decimal', 'float', 'text', 'date', 'boolean', 'list'];
    expect(kinds.filter(isNumericKind)).toEqual(['integer', 'decimal', 'float']);
  });
});
