import { WHITESPACE, sqlString } from './sqlText';

const SPACES = String.raw`[ \x{A0}\x{2009}\x{202F}]`;
const grouped = (separator: string) => `[0-9]{1,3}(?:${separator}[0-9]{3})+`;
const GROUPED = [',', '_', SPACES].map(grouped);
/** `1.234` alone could be a decimal, so dots count as separators only with two groups or more. */
const DOT_GROUPED = String.raw`[0-9]{1,3}(?:\.[0-9]{3}){2,}`;
const WHOLE = [...GROUPED, DOT_GROUPED, '[0-9]+'].join('|');
const DECIMAL = String.raw`(?:${[...GROUPED, '[0-9]+'].join('|')})(?:\.[0-9]+)?`;

/** Suffixes (matched case-insensitively) and the power of ten each stands for. */
const SUFFIX_EXPONENTS: ReadonlyArray<readonly [readonly string[], number]> = [
  [['k', 'thousand', '千'], 3],
  [['万', '萬'], 4],
  [['m', 'mn', 'million'], 6],
  [['亿', '億'], 8],
  [['b', 'bn', 'billion'], 9],
];
const SUFFIX = `(?i:${SUFFIX_EXPONENTS.flatMap(([suffixes]) => suffixes).join('|')})`;
const SIGN = String.raw`[+\-\x{2212}]`;
const COUNT_PATTERN = `^${WHITESPACE}*(${SIGN}?)#?(?:(${WHOLE})|(${DECIMAL})${WHITESPACE}*(${SUFFIX}))${WHITESPACE}*$`;

const exponentCases = SUFFIX_EXPONENTS.map(
  ([suffixes, exponent]) =>
    `WHEN lower(suffix) IN (${suffixes.map(sqlString).join(', ')}) THEN ${exponent}`,
).join(' ');

// The fast paths: one match without groups, then a cast.
const PLAIN = '[+-]?#?[0-9]+';
const COMMA_GROUPED = `[+-]?#?${grouped(',')}`;
const OTHER_GROUPED = `[+-]?#?(?:${[grouped('_'), grouped(SPACES), DOT_GROUPED].join('|')})`;
const withoutOtherSeparators = ['_', ' ', '.', '\u00a0', '\u2009', '\u202f'].reduce(
  (text, separator) => `replace(${text}, ${sqlString(separator)}, '')`,
  "replace(s, '#', '')",
);
const SHORT_SUFFIXES = ['k', 'K', 'm', 'M', 'b', 'B', '万', '亿', '千'];
const SHORT_SUFFIX_EXPONENTS = [3, 3, 6, 6, 9, 9, 4, 8, 3];
const POWERS_OF_TEN = Array.from({ length: 10 }, (_, exponent) => 10 ** exponent);
/**
 * At most 3 decimals, so the value is a whole number times a power of ten (every exponent is 3
 * or more), and at most 9 digits, so it stays below 10^18: exact BIGINT arithmetic, no overflow.
 */
const SHORT_SUFFIXED = String.raw`[0-9]{1,6}(?:\.[0-9]{1,3})?[${SHORT_SUFFIXES.join('')}]`;

/**
 * `dw_count` and its general path. Extracting groups costs several µs a value in wasm, so the
 * common shapes (`123`, `#1`, `1,234`, `1 234`, `1.234.567`, `1.2M`, `6000万`) take a fast path;
 * the tests hold both paths to the same answers.
 */
export const COUNT_MACROS_SQL = `
CREATE OR REPLACE TEMP MACRO dw__count_parts(s) AS
  regexp_extract(s, ${sqlString(COUNT_PATTERN)}, ['sign', 'whole', 'decimal', 'suffix']);

CREATE OR REPLACE TEMP MACRO dw__exponent(suffix) AS CASE ${exponentCases} END;

CREATE OR REPLACE TEMP MACRO dw__signum(sign) AS CASE WHEN sign IN ('-', '−') THEN -1 ELSE 1 END;

-- Exact integer arithmetic: DECIMAL(38) would do, but parsing it costs about 5 µs a value in wasm.
-- The digits past the power of ten decide the rounding, half away from zero like round().
-- A number of more than 30 digits is far beyond BIGINT, and would overflow HUGEINT (an error).
CREATE OR REPLACE TEMP MACRO dw__scaled(sign, digits, exponent) AS
  CASE WHEN length(ltrim(split_part(digits, '.', 1), '0')) + exponent <= 30 THEN
    try_cast(dw__signum(sign) * (
      try_cast(split_part(digits, '.', 1) || rpad(left(split_part(digits, '.', 2), exponent), exponent, '0') AS HUGEINT)
      + (substr(split_part(digits, '.', 2), exponent + 1, 1) >= '5')::INTEGER
    ) AS BIGINT)
  END;

CREATE OR REPLACE TEMP MACRO dw__count_from_parts(p) AS
  CASE
    WHEN p.whole <> '' THEN
      try_cast(dw__signum(p.sign) * try_cast(regexp_replace(p.whole, '[^0-9]', '', 'g') AS HUGEINT) AS BIGINT)
    WHEN p.decimal <> '' THEN
      dw__scaled(p.sign, regexp_replace(p.decimal, '[^0-9.]', '', 'g'), dw__exponent(p.suffix))
  END;

-- The lambda binds the parts once (see dw__date_general).
CREATE OR REPLACE TEMP MACRO dw__count_general(s) AS
  list_transform([dw__count_parts(s)], p -> dw__count_from_parts(p))[1];

CREATE OR REPLACE TEMP MACRO dw_count(s VARCHAR) AS
  CASE
    WHEN regexp_full_match(s, ${sqlString(PLAIN)}) THEN try_cast(replace(s, '#', '') AS BIGINT)
    WHEN contains(s, ',') AND regexp_full_match(s, ${sqlString(COMMA_GROUPED)}) THEN
      try_cast(replace(replace(s, '#', ''), ',', '') AS BIGINT)
    WHEN regexp_full_match(s, ${sqlString(OTHER_GROUPED)}) THEN
      try_cast(${withoutOtherSeparators} AS BIGINT)
    WHEN regexp_full_match(s, ${sqlString(SHORT_SUFFIXED)}) THEN
      replace(left(s, -1), '.', '')::BIGINT * [${POWERS_OF_TEN.join(', ')}][
        1 + [${SHORT_SUFFIX_EXPONENTS.join(', ')}][strpos(${sqlString(SHORT_SUFFIXES.join(''))}, right(s, 1))]
        - CASE WHEN contains(s, '.') THEN length(s) - strpos(s, '.') - 1 ELSE 0 END]
    ELSE dw__count_general(s)
  END;
`;
