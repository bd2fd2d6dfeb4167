import type { KeyFiguresRow } from '../../queries/keyFigures';
import { dayText, daysText, listText, spanText } from './altDates';
import { changeText, countText } from './countText';

export interface KeyFiguresAltContext {
  readonly label: (app: string) => string;
  readonly from: Date;
  readonly to: Date;
  /** The event the week before and after are counted from; null when none is chosen. */
  readonly event: Date | null;
}

function rankText(row: KeyFiguresRow): string {
  if (row.bestRank === null) return 'was not ranked';
  const first = row.bestRankDate ? `, first on ${dayText(row.bestRankDate)}` : '';
  const top =
    row.bestRank === 1
      ? `; ${daysText(row.daysAtOne)} at #1 and ${row.daysInTop10} in the top 10`
      : row.daysInTop10 > 0
        ? `; ${daysText(row.daysInTop10)} in the top 10`
        : '';
  return `reached #${row.bestRank}${first}${top}`;
}

function downloadsText(row: KeyFiguresRow, event: Date | null): string | null {
  const parts: string[] = [];
  if (row.peakDownloads !== null) {
    const on = row.peakDate ? ` on ${dayText(row.peakDate)}` : '';
    parts.push(`peaked at ${countText(row.peakDownloads)} daily downloads${on}`);
  }
  if (event && row.downloadsBefore !== null && row.downloadsAfter !== null) {
    const change = changeText(row.downloadsBefore, row.downloadsAfter);
    const partial = row.daysBefore < 7 || row.daysAfter < 7 ? ' (over partial weeks)' : '';
    parts.push(
      `had ${countText(row.downloadsAfter)} downloads in the week from the event against ` +
        `${countText(row.downloadsBefore)} the week before${change ? `, ${change}` : ''}${partial}`,
    );
  }
  return parts.length ? listText(parts) : null;
}

/**
 * Alt text for the key figures, from their rows: for each app its best rank and when, its days
 * at #1 and in the top 10, its peak daily downloads, the week after the event against the week
 * before, and the hashtag views on its platform by the end of the range.
 */
export function keyFiguresAlt(rows: readonly KeyFiguresRow[], context: KeyFiguresAltContext) {
  const { label, from, to, event } = context;
  const apps = listText(rows.map((r) => label(r.app)));
  const eventText = event ? `, with the week from ${dayText(event)} against the week before` : '';
  const opening = `Table of key figures for ${apps || 'no app'}, ${spanText(from, to)}${eventText}.`;
  const sentences = rows.map((row) => {
    const parts = [rankText(row), downloadsText(row, event)].filter(Boolean);
    const views =
      row.hashtagViews === null
        ? ''
        : ` Hashtag views on it reached ${countText(row.hashtagViews)} by ${dayText(to)}.`;
    return `${label(row.app)} ${parts.join('; it ')}.${views}`;
  });
  return [opening, ...sentences].join(' ');
}
