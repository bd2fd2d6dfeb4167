import { WHITESPACE as WS } from './sqlText';

/** RE2 fragments shared by the general date parser and its fast paths. */

export const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** A month name, full or abbreviated, with an optional dot; captures the name. */
export const MONTH_NAME = String.raw`(?i:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)`;

const WEEKDAY = String.raw`(?:(?i:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?${WS}+)?`;
const ORDINAL = '(?i:st|nd|rd|th)?';
const SEPARATOR = '([-/.])';

/** Each date shape with the names of its groups; the groups of the others match ''. */
export const DATE_SHAPES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [`([0-9]{4})${SEPARATOR}([0-9]{1,2})${SEPARATOR}([0-9]{1,2})`, ['iy', 'is1', 'im', 'is2', 'id']],
  [`([0-9]{1,2})${SEPARATOR}([0-9]{1,2})${SEPARATOR}([0-9]{4})`, ['na', 'ns1', 'nb', 'ns2', 'ny']],
  [
    `${WEEKDAY}([0-9]{1,2})${ORDINAL}(?:${WS}+|-)${MONTH_NAME},?(?:${WS}+|-)([0-9]{4})`,
    ['dd', 'dmon', 'dy'],
  ],
  [`${WEEKDAY}${MONTH_NAME}${WS}+([0-9]{1,2})${ORDINAL},?${WS}+([0-9]{4})`, ['mmon', 'md', 'my']],
];

const OFFSET = String.raw`(?:[Zz]|UTC|GMT|([+-])(0[0-9]|1[0-8])(?::?([0-5][0-9]))?)`;

/** A time of day after a date: `T` or a space, 24 h or AM/PM, an optional UTC offset. */
export const TIME =
  String.raw`(?:[Tt]|,?${WS}+)([01]?[0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9])(?:[.,]([0-9]+))?)?` +
  String.raw`(?:${WS}*([AaPp])\.?[Mm]\.?)?(?:${WS}*${OFFSET})?`;
export const TIME_GROUPS = ['hh', 'mi', 'ss', 'frac', 'ampm', 'tzsign', 'tzh', 'tzm'];

/** `NN/NN/YYYY` with one separator throughout (RE2 has no back-references), any time after. */
export const NUMERIC_DATE = `${WS}*(?:${['/', '-', String.raw`\.`]
  .map((separator) => `[0-9]{1,2}${separator}[0-9]{1,2}${separator}[0-9]{4}`)
  .join('|')})(?:${TIME})?${WS}*`;
