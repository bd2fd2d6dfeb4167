import { isBetween } from './calendar';
import { apportion, logInterpolate, type Keyframes } from './curve';
import { PUBLISHED_US_DOWNLOADS as PUBLISHED } from './milestones';
import { streamFor } from './random';

/** Daily US downloads, both stores summed: illustrative shapes scaled to the published figures. */
export type DailyTotals = Map<string, number>;

const DAILY_NOISE = 0.06;

const XIAOHONGSHU_US: Keyframes = [
  ['2024-12-01', 6_000],
  ['2024-12-31', 7_600],
  ['2025-01-04', 8_000],
  ['2025-01-07', 9_500],
  ['2025-01-08', 11_000],
  ['2025-01-10', 15_000],
  ['2025-01-11', 18_000],
  ['2025-01-12', 25_000],
  ['2025-01-13', 45_000],
  ['2025-01-14', 60_000],
  ['2025-01-15', 100_000],
  ['2025-01-16', 125_000],
  ['2025-01-17', 135_000],
  ['2025-01-18', 120_000],
  ['2025-01-19', 100_000],
  ['2025-01-20', 108_000],
  ['2025-01-21', 118_000],
  ['2025-01-22', 126_700],
  ['2025-01-23', 95_000],
  ['2025-01-24', 62_000],
  ['2025-01-25', 40_000],
  ['2025-01-26', 25_500],
  ['2025-02-01', 15_000],
  ['2025-02-14', 9_000],
  ['2025-03-01', 7_000],
  ['2025-03-31', 6_000],
];

/**
 * Not published: chosen so early January runs at a few thousand a day per store. The next week is
 * then +194% (Sensor Tower) and 2025-01-15..19 takes the rest of the 818,000 (Appfigures).
 */
const XIAOHONGSHU_FIRST_WEEK_OF_JANUARY = 60_000;

const LIKEE_US: Keyframes = [
  ['2024-12-01', 3_000],
  ['2025-01-10', 3_500],
  ['2025-01-17', 6_000],
  ['2025-01-18', 8_000],
  ['2025-01-19', 167_000],
  ['2025-01-20', 286_000],
  ['2025-01-21', 240_000],
  ['2025-01-22', 170_000],
  ['2025-01-24', 90_000],
  ['2025-01-28', 40_000],
  ['2025-02-10', 12_000],
  ['2025-03-31', 4_000],
];

function noisyShape(
  seed: number,
  key: string,
  keyframes: Keyframes,
  days: readonly string[],
): DailyTotals {
  const random = streamFor(seed, `downloads|${key}|US`);
  return new Map(
    days.map((day) => [
      day,
      logInterpolate(keyframes, day) * Math.exp(DAILY_NOISE * random.normal()),
    ]),
  );
}

function rounded(shape: DailyTotals): DailyTotals {
  return new Map([...shape].map(([day, value]) => [day, Math.round(value)]));
}

/** Rescales the days of [first, last] so they sum exactly to `total`, keeping their shape. */
function constrainSum(
  totals: DailyTotals,
  shape: DailyTotals,
  first: string,
  last: string,
  total: number,
): void {
  const segment = [...shape].filter(([day]) => isBetween(day, first, last));
  const parts = apportion(
    total,
    segment.map(([, value]) => value),
  );
  segment.forEach(([day], index) => totals.set(day, parts[index] ?? 0));
}

export function xiaohongshuUsDailyTotals(seed: number, days: readonly string[]): DailyTotals {
  const shape = noisyShape(seed, 'xiaohongshu', XIAOHONGSHU_US, days);
  const totals = rounded(shape);
  const firstWeek = XIAOHONGSHU_FIRST_WEEK_OF_JANUARY;
  const secondWeek = Math.round(firstWeek * PUBLISHED.xiaohongshuWeekOverWeek);
  const rest = PUBLISHED.xiaohongshuJanuary1To19 - firstWeek - secondWeek;
  constrainSum(totals, shape, '2025-01-01', '2025-01-07', firstWeek);
  constrainSum(totals, shape, '2025-01-08', '2025-01-14', secondWeek);
  constrainSum(totals, shape, '2025-01-15', '2025-01-19', rest);
  for (const [day, value] of Object.entries(PUBLISHED.xiaohongshuDaily)) totals.set(day, value);
  return totals;
}

export function likeeUsDailyTotals(seed: number, days: readonly string[]): DailyTotals {
  const totals = rounded(noisyShape(seed, 'likee', LIKEE_US, days));
  const surge = Object.entries(PUBLISHED.likeeDaily);
  const firstSurgeDay = surge[0]?.[0] ?? '';
  for (const [day, value] of totals) {
    if (day < firstSurgeDay)
      totals.set(day, Math.min(value, PUBLISHED.likeeDailyBeforeSurgeBelow - 1));
  }
  for (const [day, value] of surge) totals.set(day, value);
  return totals;
}
