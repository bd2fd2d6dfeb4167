import type {
  DownloadsMode,
  DownloadsPoint,
  DownloadsSeries,
} from '../../charts/dailyDownloadsChart';
import { dayText, spanText } from './altDates';
import { changeText, countText } from './countText';

export interface DownloadsAltContext {
  readonly mode: DownloadsMode;
  /** Where the estimates are for, as a phrase: "the US App Store". */
  readonly place: string;
  readonly from: Date;
  readonly to: Date;
  /** The indexed mode's baseline in words, as the chart's `baselineLabel`: "13 Jan 2025". */
  readonly baselineLabel?: string;
}

interface Measure {
  /** What the value is, after "For TikTok, ": "the 7-day average". */
  readonly name: string;
  readonly value: (p: DownloadsPoint) => number | null;
  readonly format: (value: number) => string;
  /** Say the change as a percentage (not for shares and percentages, which are one already). */
  readonly change: boolean;
}

const percent = (value: number) => `${Math.round(value)}%`;

const MEASURES: Record<DownloadsMode, Measure> = {
  daily: { name: 'the 7-day average', value: (p) => p.average7, format: countText, change: true },
  share: {
    name: 'the share',
    value: (p) => p.share,
    format: (v) => percent(v * 100),
    change: false,
  },
  indexed: { name: 'the index', value: (p) => p.indexed, format: countText, change: true },
  ofPeak: { name: 'downloads', value: (p) => p.ofPeak, format: percent, change: false },
};

/** Days before a 7-day average exists still have a daily estimate: describe those instead. */
const DAILY: Measure = {
  ...MEASURES.daily,
  name: 'estimated downloads',
  value: (p) => p.downloads,
};

function opening({ mode, place, from, to, baselineLabel }: DownloadsAltContext): string {
  const span = spanText(from, to);
  const downloads = `Line chart of estimated daily downloads in ${place}`;
  switch (mode) {
    case 'daily':
      return `${downloads}, with 7-day averages, ${span}.`;
    case 'share':
      return `Stacked area chart of each app's share of the selected apps' estimated downloads in ${place}, ${span}.`;
    case 'indexed':
      return `${downloads}, indexed to 100 at ${baselineLabel ?? 'the first day'}, ${span}.`;
    case 'ofPeak':
      return `${downloads} as a percentage of each app's peak day, ${span}.`;
  }
}

function appText(series: DownloadsSeries, mode: DownloadsMode): string {
  const points = [...series.points].sort((a, b) => a.date.getTime() - b.date.getTime());
  const known = (m: Measure) => points.filter((p) => m.value(p) != null);
  const measure = mode === 'daily' && !known(MEASURES.daily).length ? DAILY : MEASURES[mode];
  const values = known(measure).map((p) => ({ date: p.date, value: measure.value(p)! }));
  if (!values.length) return `${series.label} has no estimates in this range.`;
  const { name, format } = measure;
  const first = values[0]!;
  const last = values.at(-1)!;
  if (values.length === 1) {
    return `For ${series.label}, ${name} was ${format(first.value)} on ${dayText(first.date)}.`;
  }
  const peak = values.reduce((p, v) => (v.value > p.value ? v : p));
  const change = measure.change ? changeText(first.value, last.value) : null;
  const [peakDay, from] = [dayText(peak.date), format(first.value)];
  const peakText =
    mode === 'ofPeak'
      ? `the peak day was ${peakDay}; ${name} went from ${from} of that peak`
      : `${name} peaked at ${format(peak.value)} on ${peakDay} and went from ${from}`;
  return (
    `For ${series.label}, ${peakText} on ${dayText(first.date)} ` +
    `to ${format(last.value)} on ${dayText(last.date)}${change ? ` (${change})` : ''}.`
  );
}

/**
 * Alt text for the downloads chart, from its data, in the words of its view: each app's peak
 * (of the 7-day average in the daily view) and when, and its change from the first to the last
 * day with a value.
 */
export function downloadsAlt(
  series: readonly DownloadsSeries[],
  context: DownloadsAltContext,
): string {
  if (!series.length) return `${opening(context)} No app is selected.`;
  return [opening(context), ...series.map((s) => appText(s, context.mode))].join(' ');
}
