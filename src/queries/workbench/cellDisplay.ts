import type { CellValue, ColumnKind } from '../../db/results/cellValue';
import { cellText } from './cellText';

const GROUPED = /\B(?=(\d{3})+(?!\d))/g;

/** Thousands separators in the whole part of a number written in digits. */
function grouped(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const withCommas = whole.replace(GROUPED, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

const float = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * A cell as the result table shows it: numbers grouped (`1,234,567`; a DECIMAL keeps all its
 * digits), floats to six places (the exact value is in the CSV and the cell's title), everything
 * else as DuckDB writes it.
 */
export function cellDisplay(value: CellValue, kind: ColumnKind): string {
  if (value === null) return 'NULL';
  if (kind === 'integer' || kind === 'decimal') return grouped(cellText(value));
  if (kind === 'float' && typeof value === 'number' && Number.isFinite(value)) {
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e21)) return value.toExponential(4);
    return float.format(value);
  }
  return cellText(value);
}

/** Whether a column's cells line up on the right, as numbers do. */
export const isNumericKind = (kind: ColumnKind) =>
  kind === 'integer' || kind === 'decimal' || kind === 'float';
