import fc from 'fast-check';

/** Arbitraries of values written the ways exports write them, with what they must read as. */

const NBSP = '\u00a0';
const GROUP_SPACES = [' ', NBSP, '\u2009', '\u202f'];
const PADDING = ['', ' ', NBSP, '\t', '\u3000'];

const groupDigits = (digits: string, separator: string) =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

export interface CountSample {
  readonly text: string;
  readonly value: bigint;
}

const COUNT_FORMATS: ReadonlyArray<(digits: string, space: string) => string> = [
  (digits) => digits,
  (digits) => `#${digits}`,
  (digits) => `+${digits}`,
  (digits) => groupDigits(digits, ','),
  (digits) => `#${groupDigits(digits, ',')}`,
  (digits) => groupDigits(digits, '_'),
  (digits, space) => groupDigits(digits, space),
  (digits) => (digits.length > 6 ? groupDigits(digits, '.') : digits),
];

/** Any BIGINT written plainly, as a rank, or with thousands separators, maybe padded. */
export const writtenCount: fc.Arbitrary<CountSample> = fc
  .record({
    value: fc.oneof(
      fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    ),
    format: fc.integer({ min: 0, max: COUNT_FORMATS.length - 1 }),
    space: fc.constantFrom(...GROUP_SPACES),
    pad: fc.constantFrom(...PADDING),
  })
  .map(({ value, format, space, pad }) => {
    const magnitude = (value < 0n ? -value : value).toString();
    const written = COUNT_FORMATS[format]!(magnitude, space);
    // A sign and a `+` format would make `-+1`; negative values keep their plain forms.
    const signed = value < 0n ? `-${written.replace(/^\+/, '')}` : written;
    return { text: `${pad}${signed}${pad}`, value };
  });

const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['K', 3],
  ['k', 3],
  ['千', 3],
  [' thousand', 3],
  ['万', 4],
  ['萬', 4],
  ['M', 6],
  ['m', 6],
  ['mn', 6],
  [' million', 6],
  ['亿', 8],
  ['億', 8],
  ['B', 9],
  ['b', 9],
  ['bn', 9],
  [' Billion', 9],
];

/** Round half away from zero of digits × 10^exponent, as an exact rational. */
function scaledAndRounded(integer: string, fraction: string, exponent: number): bigint {
  const numerator = BigInt(integer + fraction) * 10n ** BigInt(exponent);
  const denominator = 10n ** BigInt(fraction.length);
  const quotient = numerator / denominator;
  return 2n * (numerator % denominator) >= denominator ? quotient + 1n : quotient;
}

/** A decimal with a K/M/B or Chinese unit, and its value rounded to a whole number. */
export const suffixedCount: fc.Arbitrary<CountSample> = fc
  .record({
    integer: fc.oneof(fc.bigInt({ min: 0n, max: 9999n }), fc.bigInt({ min: 0n, max: 10n ** 9n })),
    fraction: fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 3 }),
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 12 }),
    ),
    suffix: fc.constantFrom(...SUFFIXES),
    negative: fc.boolean(),
    grouped: fc.boolean(),
  })
  .map(({ integer, fraction, suffix: [suffix, exponent], negative, grouped }) => {
    const digits = grouped ? groupDigits(integer.toString(), ',') : integer.toString();
    const number = fraction ? `${digits}.${fraction}` : digits;
    const magnitude = scaledAndRounded(integer.toString(), fraction, exponent);
    return {
      text: `${negative ? '-' : ''}${number}${suffix}`,
      value: negative ? -magnitude : magnitude,
    };
  });

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Parts {
  readonly y: string;
  readonly m: number;
  readonly d: number;
  readonly mm: string;
  readonly dd: string;
  readonly month: string;
  readonly weekday: string;
}

/** A way to write a date, and the day-month order a numeric one needs (null: either). */
type DateFormat = readonly [(parts: Parts) => string, boolean | null];

const DATE_FORMATS: readonly DateFormat[] = [
  [({ y, mm, dd }) => `${y}-${mm}-${dd}`, null],
  [({ y, m, d }) => `${y}-${m}-${d}`, null],
  [({ y, mm, dd }) => `${y}/${mm}/${dd}`, null],
  [({ y, mm, dd }) => `${y}.${mm}.${dd}`, null],
  [({ y, mm, dd }) => `${y}-${mm}-${dd}T09:30:00Z`, null],
  [({ y, mm, dd }) => `${y}-${mm}-${dd}T23:59:59.999+08:00`, null],
  [({ y, mm, dd }) => `${y}-${mm}-${dd} 00:00-0500`, null],
  [({ y, m, d }) => `${d}/${m}/${y}`, true],
  [({ y, mm, dd }) => `${dd}/${mm}/${y}`, true],
  [({ y, mm, dd }) => `${dd}.${mm}.${y}`, true],
  [({ y, mm, dd }) => `${dd}-${mm}-${y}`, true],
  [({ y, m, d }) => `${m}/${d}/${y}`, false],
  [({ y, mm, dd }) => `${mm}/${dd}/${y}`, false],
  [({ y, m, d }) => `${m}-${d}-${y}`, false],
  [({ y, m, d }) => `${m}/${d}/${y} 11:59 PM`, false],
  [({ y, d, month }) => `${month.slice(0, 3)} ${d}, ${y}`, null],
  [({ y, d, month }) => `${month} ${d}, ${y}`, null],
  [({ y, d, month }) => `${d} ${month} ${y}`, null],
  [({ y, d, month }) => `${d} ${month.slice(0, 3)} ${y}`, null],
  [({ y, dd, month }) => `${dd}-${month.slice(0, 3).toUpperCase()}-${y}`, null],
  [({ y, d, month, weekday }) => `${weekday.slice(0, 3)}, ${d} ${month.slice(0, 3)} ${y}`, null],
  [({ y, d, month, weekday }) => `${weekday}, ${month} ${d}, ${y}`, null],
  [({ y, d, month }) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : 'th'} ${month} ${y}`, null],
];

export interface DateSample {
  readonly text: string;
  /** true: day first; false: month first; null: the order does not matter. */
  readonly dmy: boolean | null;
  readonly iso: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Any day of 2000-2030, written in any accepted format. */
export const writtenDate: fc.Arbitrary<DateSample> = fc
  .record({
    date: fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    format: fc.integer({ min: 0, max: DATE_FORMATS.length - 1 }),
  })
  .map(({ date, format }) => {
    const [write, dmy] = DATE_FORMATS[format]!;
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    const parts: Parts = {
      y: String(date.getUTCFullYear()),
      m,
      d,
      mm: pad2(m),
      dd: pad2(d),
      month: MONTHS[m - 1]!,
      weekday: WEEKDAYS[date.getUTCDay()]!,
    };
    return { text: write(parts), dmy, iso: date.toISOString().slice(0, 10) };
  });

export interface TimestampSample {
  readonly text: string;
  readonly epochMicros: bigint;
}

function offsetText(minutes: number, style: number): string {
  if (minutes === 0 && style === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hh = pad2(Math.floor(Math.abs(minutes) / 60));
  const mm = pad2(Math.abs(minutes) % 60);
  if (style === 1) return `${sign}${hh}${mm}`;
  if (style === 2 && mm === '00') return `${sign}${hh}`;
  return `${sign}${hh}:${mm}`;
}

/** Any instant of 2000-2030 written as local time with its UTC offset, to the microsecond. */
export const writtenTimestamp: fc.Arbitrary<TimestampSample> = fc
  .record({
    millis: fc.integer({ min: Date.UTC(2000, 0, 2), max: Date.UTC(2030, 11, 30) }),
    micros: fc.integer({ min: 0, max: 999 }),
    offsetQuarters: fc.integer({ min: -48, max: 56 }),
    style: fc.integer({ min: 0, max: 3 }),
    separator: fc.constantFrom('T', ' '),
  })
  .map(({ millis, micros, offsetQuarters, style, separator }) => {
    const offset = offsetQuarters * 15;
    const local = new Date(millis + offset * 60_000).toISOString(); // 2025-01-14T10:00:00.123Z
    const fraction = `${local.slice(20, 23)}${String(micros).padStart(3, '0')}`;
    const text = `${local.slice(0, 10)}${separator}${local.slice(11, 19)}.${fraction}${offsetText(offset, style)}`;
    return { text, epochMicros: BigInt(millis) * 1000n + BigInt(micros) };
  });

const NOISE = [...'0123456789-/.,:# TZ+kKmMbB万亿千APM', NBSP, 'Jan', 'Sept', 'th'];

/** A value with one character inserted, removed or replaced: the edges of every format. */
export function mutated(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .record({
      text: texts,
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 1 }),
      insert: fc.option(fc.constantFrom(...NOISE), { nil: '' }),
    })
    .map(({ text, at, cut, insert }) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    });
}
