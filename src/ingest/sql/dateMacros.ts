import { NUMERIC_DATE } from './datePatterns';
import { sqlString } from './sqlText';

const oneSeparator = (shape: (separator: string) => string) =>
  ['-', '/', String.raw`\.`].map(shape).join('|');

const ISO_DATE_TIME = String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?(?:Z|[+-](?:0[0-9]|1[0-8]):?[0-5][0-9])?)?`;
const YEAR_FIRST = oneSeparator((sep) => `[0-9]{4}${sep}[0-9]{1,2}${sep}[0-9]{1,2}`);
const YEAR_LAST = oneSeparator((sep) => `[0-9]{1,2}${sep}[0-9]{1,2}${sep}[0-9]{4}`);
/** A day and a month's name, or the reverse: strptime decides whether the word is a month. */
const NAMED_MONTH = String.raw`[0-9]{1,2}[ -][A-Za-z]{3,9}[ -][0-9]{4}|[A-Za-z]{3,9} [0-9]{1,2}, [0-9]{4}`;

const matches = (pattern: string) => `regexp_full_match(s, ${sqlString(pattern)})`;

/** The date-only shapes with a fast path: [pattern, how to read a match as a DATE]. */
const DATE_ONLY_PATHS: ReadonlyArray<readonly [string, string]> = [
  [YEAR_LAST, 'dw__year_last_date(s, dmy)'],
  [YEAR_FIRST, `try_cast(replace(replace(s, '/', '-'), '.', '-') AS DATE)`],
  // strptime leaves what it cannot read (`Sept`, `13 Jan-2025`, `Feb 30`) to the general parser.
  [NAMED_MONTH, 'coalesce(dw__named_month_date(s), dw__date_general(s, dmy))'],
];

const dateOnlyBranches = (cast: string) =>
  DATE_ONLY_PATHS.map(([pattern, read]) => `WHEN ${matches(pattern)} THEN ${read}${cast}`).join(
    '\n    ',
  );

/**
 * The public date macros. Each common shape has a fast path (a match without groups, then a
 * cast: well under 1 µs a value); every other value goes to the general parser of
 * dateGeneralMacros.ts. The tests hold both to the same answers.
 *
 * A cast or strptime that fails costs 2 to 5 µs in wasm (it builds an error message), so the
 * fast paths avoid trying formats in turn, and the order evidence, which tries both orders of
 * every value, checks day and month against the calendar instead of parsing.
 */
export const DATE_MACROS_SQL = `
CREATE OR REPLACE TEMP MACRO dw__days_in_month(y, m) AS
  CASE WHEN m = 2 THEN 28 + (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0))::INTEGER
    ELSE [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]
  END;

CREATE OR REPLACE TEMP MACRO dw__is_real_date(y, m, d) AS
  m BETWEEN 1 AND 12 AND d BETWEEN 1 AND dw__days_in_month(y, m);

-- [first, second, year] of N/N/YYYY; the lambda binds them once (a macro argument is repeated).
CREATE OR REPLACE TEMP MACRO dw__year_last_parts(s) AS
  [string_split(replace(replace(s, '-', '/'), '.', '/'), '/')::INTEGER[]];

CREATE OR REPLACE TEMP MACRO dw__year_last_date(s, dmy) AS
  CASE
    WHEN dmy THEN try_strptime(replace(replace(s, '-', '/'), '.', '/'), '%d/%m/%Y')
    WHEN NOT dmy THEN try_strptime(replace(replace(s, '-', '/'), '.', '/'), '%m/%d/%Y')
  END::DATE;

-- %b reads three-letter names (May too), %B full ones; the other would fail, slowly.
CREATE OR REPLACE TEMP MACRO dw__named_month_date(s) AS
  CASE
    WHEN left(s, 1) > '9' THEN
      CASE WHEN strpos(s, ' ') = 4 THEN try_strptime(s, '%b %d, %Y') ELSE try_strptime(s, '%B %d, %Y') END
    WHEN contains(s, '-') THEN
      CASE WHEN length(s) - strpos(s, '-') = 8 THEN try_strptime(s, '%d-%b-%Y') ELSE try_strptime(s, '%d-%B-%Y') END
    ELSE
      CASE WHEN length(s) - strpos(s, ' ') = 8 THEN try_strptime(s, '%d %b %Y') ELSE try_strptime(s, '%d %B %Y') END
  END::DATE;

-- DuckDB's cast reads an ISO date-time but would drop its offset: cut it off and apply it here.
CREATE OR REPLACE TEMP MACRO dw__minus_offset(local_text, sign, hours, minutes) AS
  try_cast(local_text AS TIMESTAMP)
  - to_minutes(CASE WHEN sign = '-' THEN -1 ELSE 1 END * (hours::BIGINT * 60 + minutes::BIGINT));

CREATE OR REPLACE TEMP MACRO dw__iso_timestamp(s) AS
  CASE
    WHEN length(s) <= 10 THEN try_cast(s AS TIMESTAMP)
    WHEN substr(s, -6, 1) IN ('+', '-') THEN
      dw__minus_offset(left(s, -6), substr(s, -6, 1), substr(s, -5, 2), right(s, 2))
    WHEN substr(s, -5, 1) IN ('+', '-') THEN
      dw__minus_offset(left(s, -5), substr(s, -5, 1), substr(s, -4, 2), right(s, 2))
    ELSE try_cast(s AS TIMESTAMP)
  END;

CREATE OR REPLACE TEMP MACRO dw_date(s VARCHAR, dmy BOOLEAN) AS
  CASE
    WHEN ${matches(ISO_DATE_TIME)} THEN try_cast(left(s, 10) AS DATE)
    ${dateOnlyBranches('')}
    ELSE dw__date_general(s, dmy)
  END;

CREATE OR REPLACE TEMP MACRO dw_timestamp(s VARCHAR, dmy BOOLEAN) AS
  CASE
    WHEN ${matches(ISO_DATE_TIME)} THEN dw__iso_timestamp(s)
    ${dateOnlyBranches('::TIMESTAMP')}
    ELSE dw__timestamp_general(s, dmy)
  END;

CREATE OR REPLACE TEMP MACRO dw_date_order_evidence(s VARCHAR) AS
  CASE
    WHEN ${matches(YEAR_LAST)} THEN
      list_transform(dw__year_last_parts(s), p -> ['neither', 'mdy', 'dmy', 'either'][
        1 + 2 * dw__is_real_date(p[3], p[2], p[1])::INTEGER + dw__is_real_date(p[3], p[1], p[2])::INTEGER])[1]
    WHEN ${matches(NUMERIC_DATE)} THEN
      ['neither', 'mdy', 'dmy', 'either'][
        1 + 2 * (dw_date(s, true) IS NOT NULL)::INTEGER + (dw_date(s, false) IS NOT NULL)::INTEGER]
  END;
`;
