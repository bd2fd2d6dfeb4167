import { sqlString } from '../sql/sqlText';
import type { CanonicalField } from '../types';
import { FIELD_DEFAULTS } from './kindPlans';

/** How one canonical field is read from its raw text, and when a value is refused. */
export interface FieldRule {
  /** SQL giving the canonical value from the raw text `raw`; NULL when it cannot be read. */
  readonly parse: (raw: string) => string;
  /** The reason when a non-empty value cannot be read. */
  readonly unreadable: string;
  /** Checks on a readable value `value`: [SQL condition that refuses it, reason]. */
  readonly refuse?: ReadonlyArray<readonly [condition: (value: string) => string, reason: string]>;
}

export interface RuleContext {
  /** SQL boolean: read numeric dates day-first. */
  readonly dayFirst: string;
  /** SQL DATE: the first day that is in the future. */
  readonly afterTomorrow: string;
}

const lookup = (table: string, column: string) => (raw: string) =>
  `(SELECT ${column} FROM ${table} WHERE alias_key = dw_key(${raw}))`;

const appName = (raw: string) =>
  `coalesce((SELECT app FROM dw_app_alias WHERE alias_key = dw_key(${raw})), dw_slug(${raw}))`;

const count = (what: string): FieldRule => ({
  parse: (raw) => `dw_count(${raw})`,
  unreadable: `${what} is not a number`,
  refuse: [[(v) => `${v} < 0`, `${what} is negative`]],
});

export function fieldRules(context: RuleContext): Record<CanonicalField, FieldRule> {
  const inRange: FieldRule['refuse'] = [
    [(v) => `CAST(${v} AS DATE) < DATE '2000-01-01'`, 'date is before 2000'],
    [(v) => `CAST(${v} AS DATE) >= ${context.afterTomorrow}`, 'date is in the future'],
  ];
  const date: FieldRule = {
    parse: (raw) => `dw_date(${raw}, ${context.dayFirst})`,
    unreadable: 'not a valid date',
    refuse: inRange,
  };
  return {
    date,
    observed_at: {
      ...date,
      parse: (raw) => `dw_timestamp(${raw}, ${context.dayFirst})`,
      unreadable: 'not a valid date and time',
    },
    app: { parse: appName, unreadable: 'not an app name' },
    platform: { parse: appName, unreadable: 'not a platform name' },
    store: {
      parse: lookup('dw_store_alias', 'store'),
      unreadable: 'unknown store: expected iOS or Google Play',
    },
    country: {
      parse: lookup('dw_country_alias', 'code'),
      unreadable:
        'unknown country: expected an ISO code such as US or a name such as United States',
    },
    chart: {
      parse: lookup('dw_chart_alias', 'chart'),
      unreadable: 'unknown chart: expected top free, top paid or top grossing',
    },
    category: { parse: (raw) => `dw_category(${raw})`, unreadable: 'not a category' },
    rank: {
      parse: (raw) => `dw_count(${raw})`,
      unreadable: 'rank is not a whole number',
      refuse: [[(v) => `${v} NOT BETWEEN 1 AND 1500`, 'rank is outside 1..1500']],
    },
    downloads: count('downloads'),
    views: count('views'),
    posts: count('posts'),
    hashtag: { parse: (raw) => `dw_hashtag(${raw})`, unreadable: 'not a hashtag' },
    label: { parse: (raw) => `nullif(trim(${raw}), '')`, unreadable: 'empty label' },
    // A blank kind is the default kind, as in a file with no kind column (events.kind is NOT NULL).
    kind: {
      parse: (raw) => `coalesce(lower(trim(${raw})), ${sqlString(FIELD_DEFAULTS.kind ?? 'other')})`,
      unreadable: 'not an event kind',
    },
    source: { parse: (raw) => `nullif(trim(${raw}), '')`, unreadable: 'empty source' },
  };
}
