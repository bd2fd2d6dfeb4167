import type { CellValue, IntervalCell, TimeCell, TimestampCell } from '../../db/results/cellValue';
import { isoDayText } from './civilDate';
import { floatText } from './floatText';

const pad = (n: bigint | number, width = 2) => String(n).padStart(width, '0');

/** Floor division for bigints (`/` truncates towards zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** The digits of a DECIMAL, with its point and every digit of its scale: `12.50`. */
export function decimalText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Hours, minutes, seconds and the fraction DuckDB writes (trailing zeros trimmed). */
function clockText(units: bigint, perSecond: bigint): string {
  const seconds = units / perSecond;
  const fraction = units % perSecond;
  const hms = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  if (fraction === 0n) return hms;
  const width = perSecond.toString().length - 1;
  return `${hms}.${pad(fraction, width).replace(/0+$/, '')}`;
}

const PER_SECOND = { s: 1n, ms: 1000n, us: 1_000_000n, ns: 1_000_000_000n };
const INT64_MAX = 9_223_372_036_854_775_807n;

function timestampText({ value, unit, zoned }: TimestampCell): string {
  if (value >= INT64_MAX) return 'infinity';
  if (value <= -INT64_MAX) return '-infinity';
  const perDay = PER_SECOND[unit] * 86_400n;
  const days = floorDiv(value, perDay);
  const clock = clockText(value - days * perDay, PER_SECOND[unit]);
  return `${isoDayText(Number(days))} ${clock}${zoned ? '+00' : ''}`;
}

function timeText({ micros }: TimeCell): string {
  return clockText(micros, PER_SECOND.us);
}

const plural = (n: number, word: string) => `${n} ${word}${Math.abs(n) === 1 ? '' : 's'}`;

/** An interval as DuckDB writes it: `1 year 2 months 2 days 03:00:00`, `-01:30:00`. */
function intervalText({ months, days, nanos }: IntervalCell): string {
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  if (years) parts.push(plural(years, 'year'));
  if (months % 12) parts.push(plural(months % 12, 'month'));
  if (days) parts.push(plural(days, 'day'));
  if (nanos !== 0n || parts.length === 0) {
    const magnitude = nanos < 0n ? -nanos : nanos;
    parts.push(`${nanos < 0n ? '-' : ''}${clockText(magnitude / 1000n, PER_SECOND.us)}`);
  }
  return parts.join(' ');
}

function blobText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text +=
      byte >= 0x20 && byte <= 0x7e && byte !== 0x5c
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return text;
}

/** A value inside a list, struct or map is quoted when its text would be ambiguous there. */
function nestedText(value: CellValue): string {
  const text = cellText(value);
  if (
    value === null ||
    (typeof value === 'object' && ['list', 'struct', 'map'].includes(value.type))
  )
    return text;
  const needsQuotes = text === '' || /^\s|\s$|[,'"[\]{}():=\\]/.test(text) || /^null$/i.test(text);
  return needsQuotes ? `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'` : text;
}

/**
 * A cell as DuckDB writes it when cast to VARCHAR: exact digits, ISO dates, `NULL`. This is
 * the text of a CSV export (where NULL is an empty cell instead) and of nested values.
 */
export function cellText(value: CellValue): string {
  if (value === null) return 'NULL';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return floatText(value);
    case 'bigint':
    case 'string':
      return String(value);
  }
  switch (value.type) {
    case 'decimal':
      return decimalText(value.unscaled, value.scale);
    case 'date':
      return isoDayText(value.days);
    case 'timestamp':
      return timestampText(value);
    case 'time':
      return timeText(value);
    case 'interval':
      return intervalText(value);
    case 'blob':
      return blobText(value.bytes);
    case 'list':
      return `[${value.items.map(nestedText).join(', ')}]`;
    case 'struct':
      return `{${value.fields.map(([k, v]) => `'${k}': ${nestedText(v)}`).join(', ')}}`;
    case 'map':
      return `{${value.entries.map(([k, v]) => `${nestedText(k)}=${nestedText(v)}`).join(', ')}}`;
  }
}
