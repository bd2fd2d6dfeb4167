import type { CellValue } from '../../db/results/cellValue';

const DAY_MS = 86_400_000;
const PER_MS = { s: 1000, ms: 1, us: 0.001, ns: 0.000001 };

/** A number cell as a chart draws it (to double precision); null when it is not a number. */
export function cellNumber(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && value.type === 'decimal')
    return Number(value.unscaled) / 10 ** value.scale;
  return null;
}

/** A date or timestamp cell as a UTC Date for a time axis; null otherwise or out of range. */
export function cellInstant(value: CellValue): Date | null {
  if (value === null || typeof value !== 'object') return null;
  const ms =
    value.type === 'date'
      ? value.days * DAY_MS
      : value.type === 'timestamp'
        ? Number(value.value) * PER_MS[value.unit]
        : NaN;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}
