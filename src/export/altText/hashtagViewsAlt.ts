import { perDay, type ViewsPoint, type ViewsSeries } from '../../charts/viewBars';
import { dayText, listText, spanText } from './altDates';
import { countText } from './countText';

export interface HashtagViewsAltContext {
  readonly mode: 'cumulative' | 'daily';
  readonly scale?: 'linear' | 'log';
  readonly from: Date;
  readonly to: Date;
}

/** More corrections than this are counted, not listed. */
const LISTED_CORRECTIONS = 3;

function opening({ mode, scale = 'linear', from, to }: HashtagViewsAltContext): string {
  const chart =
    mode === 'cumulative'
      ? 'Step chart of the cumulative views of posts with each hashtag, by platform'
      : 'Bar chart of the views gained each day by posts with each hashtag, by platform';
  return `${chart}${scale === 'log' ? ', on a log scale' : ''}, ${spanText(from, to)}.`;
}

/** "it grew fastest on 14 Jan 2025, by 300 million views", or over unobserved days, per day. */
function fastestText(points: readonly ViewsPoint[]): string | null {
  const gains = points.filter((p) => (perDay(p) ?? 0) > 0);
  if (!gains.length) return null;
  const fastest = gains.reduce((f, p) => (perDay(p)! > perDay(f)! ? p : f));
  const days = Math.max(1, fastest.gapDays ?? 1);
  const when = dayText(fastest.date);
  return days === 1
    ? `it grew fastest on ${when}, by ${countText(fastest.daily!)} views`
    : `it grew fastest in the ${days} days to ${when}, by about ${countText(perDay(fastest)!)} views a day`;
}

/** "its count was corrected down by 2 million on 15 Jan 2025", listed or counted. */
function correctionsText(points: readonly ViewsPoint[]): string | null {
  const falls = points.filter((p) => (p.correction ?? 0) < 0);
  if (!falls.length) return null;
  const by = (p: ViewsPoint) => `by ${countText(-p.correction!)} on ${dayText(p.date)}`;
  if (falls.length <= LISTED_CORRECTIONS) {
    return `its count was corrected down ${listText(falls.map(by))}`;
  }
  const total = falls.reduce((sum, p) => sum - p.correction!, 0);
  return `its count was corrected down ${falls.length} times, by ${countText(total)} in all`;
}

function seriesText({ label, points: unsorted }: ViewsSeries): string {
  const points = [...unsorted].sort((a, b) => a.date.getTime() - b.date.getTime());
  const seen = points.filter((p) => p.views != null);
  if (!seen.length) return `${label} was not observed in this range.`;
  const first = seen[0]!;
  const last = seen.at(-1)!;
  const reached = `${label} had ${countText(last.views!)} views by ${dayText(last.date)}`;
  const [a, b] = [first.views!, last.views!];
  const since = `on ${dayText(first.date)}`;
  const from =
    first === last
      ? ''
      : b === a
        ? `, the same as ${since}`
        : `, ${b > a ? 'up' : 'down'} from ${countText(a)} ${since}`;
  const parts = [reached + from, fastestText(points), correctionsText(points)];
  return `${parts.filter(Boolean).join('; ')}.`;
}

/**
 * Alt text for the hashtag views chart, from its data: per hashtag and platform the views at
 * the last observation, the day of fastest growth, and any corrections (the count going down).
 */
export function hashtagViewsAlt(
  series: readonly ViewsSeries[],
  context: HashtagViewsAltContext,
): string {
  if (!series.length) return `${opening(context)} No hashtag is selected.`;
  return [opening(context), ...series.map(seriesText)].join(' ');
}
