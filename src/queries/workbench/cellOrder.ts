import type { CellValue, ResultSet } from '../../db/results/cellValue';
import { cellText } from './cellText';

type Key = number | bigint | string | boolean | null;

const MICROS_PER = { s: 1_000_000n, ms: 1000n, us: 1n, ns: 1n };

/** What a cell sorts by: its number, its instant, its day, or else its text. */
function sortKey(value: CellValue): Key {
  if (value === null || typeof value !== 'object') return value === null ? null : (value as Key);
  switch (value.type) {
    case 'decimal':
      // A column has one scale, so the digits alone order it.
      return value.unscaled;
    case 'date':
      return value.days;
    case 'timestamp':
      return value.unit === 'ns' ? value.value : value.value * MICROS_PER[value.unit];
    case 'time':
      return value.micros;
    default:
      return cellText(value);
  }
}

const collator = new Intl.Collator('en', { numeric: true });

function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  // A number and a bigint compare by value; NaN sorts last among numbers.
  if (typeof a === 'number' && Number.isNaN(a)) return 1;
  if (typeof b === 'number' && Number.isNaN(b)) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of a result's rows by one column, as row numbers: NULLs last in both directions,
 * equal values in their original order.
 */
export function sortedRows(
  result: ResultSet,
  column: number,
  direction: 'asc' | 'desc',
): Int32Array {
  const keys: Key[] = new Array(result.rowCount);
  for (let r = 0; r < result.rowCount; r++) keys[r] = sortKey(result.cell(r, column));
  const order = Array.from({ length: result.rowCount }, (_, r) => r);
  const sign = direction === 'asc' ? 1 : -1;
  order.sort((x, y) => {
    const a = keys[x]!;
    const b = keys[y]!;
    if (a === null || b === null) return compareKeys(a, b) || x - y;
    return sign * compareKeys(a, b) || x - y;
  });
  return Int32Array.from(order);
}
