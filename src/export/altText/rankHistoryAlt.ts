import type { RankPoint, RankSeries } from '../../charts/rankHistory';
import { dayText, daysText, duringText, listText, spanText } from './altDates';
import { runs } from './runs';

export interface RankHistoryAltContext {
  /** Where the ranks are, as a phrase: "the US App Store's top free chart". */
  readonly place: string;
  readonly from: Date;
  readonly to: Date;
}

/** More spells of not being ranked than this are summed up, not listed. */
const LISTED_GAPS = 3;

/** "not ranked from 16 to 19 Jan 2025 and on 21 Jan 2025", or a summary of many spells. */
function gapsText(points: readonly RankPoint[]): string | null {
  const gaps = runs(points, (p) => p.rank == null);
  if (!gaps.length) return null;
  const during = ([a, b]: [number, number]) => duringText(points[a]!.date, points[b]!.date);
  if (gaps.length <= LISTED_GAPS) return `not ranked ${listText(gaps.map(during))}`;
  const total = gaps.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  const longest = gaps.reduce((l, g) => (g[1] - g[0] > l[1] - l[0] ? g : l));
  const spells = `${gaps.length} spells, the longest ${during(longest)}`;
  return `not ranked on ${daysText(total)} in ${spells}`;
}

type Ranked = RankPoint & { readonly rank: number };

/** "and stayed first for 8 days (12 days in all)", "for 1 day": the first spell at #1. */
function holdText(points: readonly RankPoint[], from: number): { text: string; until: number } {
  let held = 0;
  while (points[from + held]?.rank === 1) held += 1;
  const total = points.filter((p) => p.rank === 1).length;
  const inAll = total > held ? ` (${daysText(total)} in all)` : '';
  const text = held === 1 ? ` for 1 day${inAll}` : ` and stayed first for ${held} days${inAll}`;
  return { text, until: from + held - 1 };
}

/** How an app moved: from where it started to its best, how long it held #1, where it ended. */
function movementText(points: readonly RankPoint[], ranked: readonly Ranked[]): string {
  const first = ranked[0]!;
  const last = ranked.at(-1)!;
  if (ranked.length === 1) return `was ranked only on ${dayText(first.date)}, at #${first.rank}`;
  const best = Math.min(...ranked.map((p) => p.rank));
  if (ranked.every((p) => p.rank === best)) {
    return `was #${best} on every day${ranked.length < points.length ? ' it was ranked' : ''}`;
  }
  const bestAt = points.findIndex((p) => p.rank === best);
  const peak = points[bestAt]!;
  const rise =
    best < first.rank
      ? `rose from #${first.rank} on ${dayText(first.date)} to #${best} on ${dayText(peak.date)}`
      : best === 1
        ? `was first on ${dayText(first.date)}`
        : `started at its best, #${best}, on ${dayText(first.date)}`;
  const hold = best === 1 ? holdText(points, bestAt) : { text: '', until: bestAt };
  const end =
    points.indexOf(last) <= hold.until
      ? ''
      : last.rank > best
        ? `, then fell to #${last.rank} by ${dayText(last.date)}`
        : `, then was #${best} again on ${dayText(last.date)}`;
  return rise + hold.text + end;
}

function appText({ label, points: unsorted }: RankSeries): string {
  const points = [...unsorted].sort((a, b) => a.date.getTime() - b.date.getTime());
  const ranked = points.filter((p): p is Ranked => p.rank != null);
  if (!ranked.length) return `${label} was not ranked.`;
  if (points.length === 1) return `${label} was #${ranked[0]!.rank}.`;
  const gaps = ranked.length > 1 ? gapsText(points) : null;
  return `${label} ${movementText(points, ranked)}${gaps ? `; it was ${gaps}` : ''}.`;
}

/**
 * Alt text for the rank history, from its data: what the chart shows and when, then each app's
 * movement with dates (start, best, days at #1, end) and the spells it was not ranked.
 */
export function rankHistoryAlt(
  series: readonly RankSeries[],
  { place, from, to }: RankHistoryAltContext,
): string {
  const single = spanText(from, to) === dayText(from);
  const opening = single
    ? `Chart of the rank of apps in ${place} on ${dayText(from)}.`
    : `Line chart of daily rank in ${place}, ${spanText(from, to)}.`;
  if (!series.length) return `${opening} No app is selected.`;
  return [opening, ...series.map(appText)].join(' ');
}
