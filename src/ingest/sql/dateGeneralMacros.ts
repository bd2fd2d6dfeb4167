import { DATE_SHAPES, MONTHS, TIME, TIME_GROUPS } from './datePatterns';
import { WHITESPACE as WS, sqlString } from './sqlText';

const DATE_TIME_PATTERN = `^${WS}*(?:${DATE_SHAPES.map(([shape]) => shape).join('|')})(?:${TIME})?${WS}*$`;
const GROUP_NAMES = [...DATE_SHAPES.flatMap(([, names]) => names), ...TIME_GROUPS];

/**
 * The general date parser: one regular expression with a group per part, for every shape
 * `dw_date` accepts. Extracting groups costs about 4 µs a value, so the common shapes take the
 * fast paths of dateMacros.ts and only the rest come here.
 */
export const DATE_GENERAL_MACROS_SQL = `
CREATE OR REPLACE TEMP MACRO dw__date_parts(s) AS
  regexp_extract(s, ${sqlString(DATE_TIME_PATTERN)}, [${GROUP_NAMES.map(sqlString).join(', ')}]);

-- A group of digits, or '' when it did not take part; a failed cast would cost microseconds.
CREATE OR REPLACE TEMP MACRO dw__int0(digits) AS CASE WHEN digits = '' THEN 0 ELSE digits::BIGINT END;

-- Numeric day-month order needs the caller's decision; mixed separators (1/2-2025) are no date.
CREATE OR REPLACE TEMP MACRO dw__parts_readable(p, dmy) AS
  p.is1 = p.is2 AND p.ns1 = p.ns2 AND (p.na = '' OR dmy IS NOT NULL)
  AND (p.ampm = '' OR dw__int0(p.hh) BETWEEN 1 AND 12);

CREATE OR REPLACE TEMP MACRO dw__parts_month(p, dmy) AS
  CASE
    WHEN p.iy <> '' THEN p.im
    WHEN p.na <> '' THEN CASE WHEN dmy THEN p.nb ELSE p.na END
    ELSE list_position([${MONTHS.map(sqlString).join(', ')}], lower(left(p.dmon || p.mmon, 3)))::VARCHAR
  END;

CREATE OR REPLACE TEMP MACRO dw__parts_day(p, dmy) AS
  CASE WHEN p.na <> '' THEN CASE WHEN dmy THEN p.na ELSE p.nb END ELSE p.id || p.dd || p.md END;

CREATE OR REPLACE TEMP MACRO dw__parts_date(p, dmy) AS
  CASE WHEN dw__parts_readable(p, dmy) THEN
    try_cast(p.iy || p.ny || p.dy || p.my || '-' || dw__parts_month(p, dmy) || '-' || dw__parts_day(p, dmy) AS DATE)
  END;

CREATE OR REPLACE TEMP MACRO dw__parts_hour(p) AS
  CASE lower(p.ampm)
    WHEN 'a' THEN dw__int0(p.hh) % 12
    WHEN 'p' THEN dw__int0(p.hh) % 12 + 12
    ELSE dw__int0(p.hh)
  END;

-- Time of day minus the UTC offset, in microseconds; ICU's time zones are not loaded (no extensions).
CREATE OR REPLACE TEMP MACRO dw__parts_utc_micros(p) AS
  ((dw__parts_hour(p) * 60 + dw__int0(p.mi)) * 60 + dw__int0(p.ss)) * 1000000
  + dw__int0(rpad(left(p.frac, 6), 6, '0'))
  - CASE WHEN p.tzsign = '-' THEN -1 ELSE 1 END * (dw__int0(p.tzh) * 60 + dw__int0(p.tzm)) * 60000000;

-- The lambda binds the parts once: a macro argument is repeated wherever it is used, and under
-- a CASE branch DuckDB does not share the repeats (20 extractions of 4 µs each, otherwise).
CREATE OR REPLACE TEMP MACRO dw__date_general(s, dmy) AS
  list_transform([dw__date_parts(s)], p -> dw__parts_date(p, dmy))[1];

CREATE OR REPLACE TEMP MACRO dw__timestamp_general(s, dmy) AS
  list_transform([dw__date_parts(s)], p ->
    dw__parts_date(p, dmy)::TIMESTAMP + to_microseconds(dw__parts_utc_micros(p)))[1];
`;
