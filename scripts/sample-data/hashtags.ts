import { canonicalHeader } from '../../src/ingest/canonicalColumns';
import { ILLUSTRATIVE } from '../../src/domain/provenance';
import { FIRST_DAY, LAST_DAY } from './apps';
import { daysFrom, hourNumber, instantFromHour, isBetween } from './calendar';
import { formatCsv, type CsvValue } from './csv';
import { monotoneInterpolate } from './curve';
import { HASHTAG_SERIES, PUBLISHED_HASHTAG_COUNTS, type Anchors } from './hashtag-series';

export const SURGE_FIRST_DAY = '2025-01-12';
export const SURGE_LAST_DAY = '2025-01-20';
const SURGE_HOURS = [0, 3, 6, 9, 12, 15, 18, 21];
const QUIET_HOURS = [12];

/** Every 3 hours during the surge, once a day (noon UTC) otherwise. */
function observationHours(): number[] {
  return daysFrom(FIRST_DAY, LAST_DAY).flatMap((day) => {
    const hours = isBetween(day, SURGE_FIRST_DAY, SURGE_LAST_DAY) ? SURGE_HOURS : QUIET_HOURS;
    const midnight = hourNumber(`${day}T00:00:00Z`);
    return hours.map((hour) => midnight + hour);
  });
}

function valueAt(anchors: Anchors, hourNo: number): number {
  const points = anchors.map(([instant, value]) => [hourNumber(instant), value] as const);
  return Math.round(monotoneInterpolate(points, hourNo));
}

export function generateHashtagsCsv(): string {
  const rows: CsvValue[][] = [];
  for (const series of HASHTAG_SERIES) {
    const first = series.views[0];
    if (first === undefined) throw new Error(`${series.platform}/${series.hashtag} has no anchors`);
    const start = hourNumber(first[0]);
    for (const hourNo of observationHours().filter((h) => h >= start)) {
      const posts = series.posts === undefined ? null : valueAt(series.posts, hourNo);
      const views = valueAt(series.views, hourNo);
      rows.push([
        instantFromHour(hourNo),
        series.platform,
        series.hashtag,
        views,
        posts,
        ILLUSTRATIVE,
      ]);
    }
  }
  const illustrativeKeys = new Set(
    rows.map(([at, platform, hashtag]) => `${at}|${platform}|${hashtag}`),
  );
  for (const count of PUBLISHED_HASHTAG_COUNTS) {
    if (illustrativeKeys.has(`${count.observedAt}|${count.platform}|${count.hashtag}`)) {
      throw new Error(`published count at ${count.observedAt} collides with an illustrative row`);
    }
    rows.push([
      count.observedAt,
      count.platform,
      count.hashtag,
      count.views,
      count.posts,
      count.source,
    ]);
  }
  rows.sort((a, b) => compareKeys(a.slice(0, 3), b.slice(0, 3)));
  return formatCsv(canonicalHeader('hashtag_views'), rows);
}

function compareKeys(a: readonly CsvValue[], b: readonly CsvValue[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = String(a[i] ?? '');
    const y = String(b[i] ?? '');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
