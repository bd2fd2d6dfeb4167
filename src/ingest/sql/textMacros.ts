import { WHITESPACE, sqlString } from './sqlText';

/**
 * What `lookupKey` removes (`[\s\p{P}\p{S}]` in JavaScript), spelled for RE2: JavaScript's `\s`
 * is the ASCII whitespace, `\p{Z}` and the BOM (not NEL, which is neither space nor punctuation).
 */
const KEY_NOISE = String.raw`[\s\x{0B}\x{FEFF}\p{Z}\p{P}\p{S}]+`;

/** Anything but letters, their combining marks and digits. */
const NOT_ALPHANUMERIC = String.raw`[^\p{L}\p{M}\p{N}]+`;

/** ASCII letters and digits only: already NFC, nothing to remove; most values look like this. */
const ASCII_ALPHANUMERIC = sqlString('[A-Za-z0-9]+');

const OVERALL_CATEGORIES = ['all', 'overall', 'all_categories', 'all_apps'];

const replaceAll = (expression: string, pattern: string, replacement: string) =>
  `regexp_replace(${expression}, ${sqlString(pattern)}, ${sqlString(replacement)}, 'g')`;

export const TEXT_MACROS_SQL = `
CREATE OR REPLACE TEMP MACRO dw_key(s VARCHAR) AS
  CASE
    WHEN regexp_full_match(s, ${ASCII_ALPHANUMERIC}) THEN lower(s)
    ELSE nullif(${replaceAll('lower(nfc_normalize(s))', KEY_NOISE, '')}, '')
  END;

CREATE OR REPLACE TEMP MACRO dw_slug(s VARCHAR) AS
  CASE
    WHEN regexp_full_match(s, ${ASCII_ALPHANUMERIC}) THEN lower(s)
    ELSE nullif(trim(${replaceAll('lower(nfc_normalize(s))', NOT_ALPHANUMERIC, '-')}, '-'), '')
  END;

CREATE OR REPLACE TEMP MACRO dw_hashtag(s VARCHAR) AS
  nullif(ltrim(lower(nfc_normalize(${replaceAll('s', `${WHITESPACE}+`, '')})), '#＃'), '');

CREATE OR REPLACE TEMP MACRO dw__category_words(s) AS
  CASE
    WHEN regexp_full_match(s, ${ASCII_ALPHANUMERIC}) THEN lower(s)
    ELSE trim(${replaceAll('lower(nfc_normalize(s))', NOT_ALPHANUMERIC, '_')}, '_')
  END;

-- Blank means the overall chart; a value of only punctuation cannot be read, so it is NULL.
-- The words are the operand, so DuckDB computes them once (a WHEN-only expression is repeated).
CREATE OR REPLACE TEMP MACRO dw_category(s VARCHAR) AS
  CASE coalesce(dw__category_words(s), '')
    WHEN '' THEN CASE WHEN s IS NULL OR regexp_full_match(s, ${sqlString(`${WHITESPACE}*`)}) THEN 'overall' END
    ${OVERALL_CATEGORIES.map((name) => `WHEN ${sqlString(name)} THEN 'overall'`).join(' ')}
    ELSE dw__category_words(s)
  END;
`;
