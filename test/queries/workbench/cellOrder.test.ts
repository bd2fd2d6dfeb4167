import { describe, expect, it } from 'vitest';
import { sortedRows } from '../../../src/queries/workbench/cellOrder';
import { cellText } from '../../../src/queries/workbench/cellText';
import { realSession } from '../../helpers/realSession';

const real = realSession();

/** The values of one column of `VALUES` rows, in the order sortedRows gives. */
async function sorted(values: string, direction: 'asc' | 'desc') {
  const result = await real.read(`SELECT * FROM (VALUES ${values}) t(v)`, 1000);
  return Array.from(sortedRows(result, 0, direction), (row) => cellText(result.cell(row, 0)));
}

describe('sorting a result by a column', () => {
  it.each([
    [
      'BIGINT beyond 2^53',
      '(9007199254740993::BIGINT), (9007199254740992), (NULL), (-3)',
      ['-3', '9007199254740992', '9007199254740993', 'NULL'],
    ],
    ['DECIMAL by value', '(10.05::DECIMAL(6,2)), (9.5), (-0.25)', ['-0.25', '9.50', '10.05']],
    [
      'DOUBLE with NaN last among numbers',
      "(2.5::DOUBLE), ('nan'::DOUBLE), (-1.0), (NULL)",
      ['-1.0', '2.5', 'nan', 'NULL'],
    ],
    [
      'dates before 1970 too',
      "(DATE '2025-01-13'), (DATE '1969-07-20'), (NULL), (DATE '2024-12-31')",
      ['1969-07-20', '2024-12-31', '2025-01-13', 'NULL'],
    ],
    [
      'timestamps to the microsecond',
      "(TIMESTAMP '2025-01-13 09:30:00.000002'), (TIMESTAMP '2025-01-13 09:30:00.000001')",
      ['2025-01-13 09:30:00.000001', '2025-01-13 09:30:00.000002'],
    ],
    [
      'text as a reader expects, numbers within it by value',
      "('item 10'), ('item 9'), ('Apple'), ('banana')",
      ['Apple', 'banana', 'item 9', 'item 10'],
    ],
  ])('orders %s, NULLs last', async (_, values, ascending) => {
    expect(await sorted(values, 'asc')).toEqual(ascending);
  });

  it('keeps NULLs last when descending, and equal values in their original order', async () => {
    const values = "(2, 'a'), (NULL, 'b'), (3, 'c'), (2, 'd')";
    const result = await real.read(`SELECT * FROM (VALUES ${values}) t(n, tag)`);
    const tags = (order: Int32Array) => Array.from(order, (row) => result.cell(row, 1));
    expect(tags(sortedRows(result, 0, 'desc'))).toEqual(['c', 'a', 'd', 'b']);
    expect(tags(sortedRows(result, 0, 'asc'))).toEqual(['a', 'd', 'c', 'b']);
  });
});
