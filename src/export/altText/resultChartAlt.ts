import { utcFormat } from 'd3';
import type { ResultPoint, ResultSeries } from '../../charts/resultLineChart';
import type { ChartChoice, ChartedResult } from '../../queries/workbench/resultSeries';
import { dayText, duringText, listText } from './altDates';
import { countText } from './countText';

/** Lines named in the opening and described one by one; the rest are counted. */
const DESCRIBED = 5;

const DAY = 86_400_000;
const clock = utcFormat('%H:%M');
const clockSeconds = utcFormat('%H:%M:%S');

/** "12 Jan 2025", with the time of day when there is one: "12 Jan 2025 at 09:30 UTC". */
function instantText(date: Date): string {
  const ms = ((date.getTime() % DAY) + DAY) % DAY;
  if (ms === 0) return dayText(date);
  return `${dayText(date)} at ${(ms % 60_000 ? clockSeconds : clock)(date)} UTC`;
}

/** Counts as countText says them (45,700, 1.23 million); below 1000 up to three figures: 0.35. */
function valueText(value: number): string {
  if (Math.abs(value) >= 1000) return countText(value);
  const text = Math.abs(value).toLocaleString('en-US', { maximumSignificantDigits: 3 });
  return `${value < 0 && text !== '0' ? 'minus ' : ''}${text}`;
}

type Valued = ResultPoint & { readonly value: number };

const valued = (points: readonly ResultPoint[]) =>
  points.filter((p): p is Valued => p.value !== null);

function opening({ series, from, to }: ChartedResult, choice: ChartChoice): string {
  const chart = `Line chart of ${choice.y} by ${choice.x}`;
  if (choice.series === null) return `${chart}, a single line, ${duringText(from, to)}.`;
  const named = series.slice(0, DESCRIBED).map((s) => s.label);
  const more = series.length - named.length;
  const labels = listText(more ? [...named, `${more} more`] : named);
  return `${chart}, one line per ${choice.series}: ${labels}, ${duringText(from, to)}.`;
}

function omittedText({ series, omitted }: ChartedResult): string | null {
  if (!omitted) return null;
  const kept =
    series.length === 1
      ? 'the line with the highest peak is'
      : `the ${series.length} lines with the highest peaks are`;
  return `Only ${kept} drawn; ${omitted} more ${omitted === 1 ? 'is' : 'are'} left out.`;
}

function highestText(series: readonly ResultSeries[], single: boolean): string | null {
  let peak: { label: string; point: Valued } | null = null;
  for (const s of series) {
    for (const point of valued(s.points)) {
      if (!peak || point.value > peak.point.value) peak = { label: s.label, point };
    }
  }
  if (!peak) return null;
  const { label, point } = peak;
  const whose = single ? '' : ` for ${label}`;
  return `The highest value was ${valueText(point.value)},${whose} on ${instantText(point.date)}.`;
}

function lineText(series: ResultSeries, single: boolean): string {
  const name = single ? 'It' : series.label;
  const points = valued(series.points);
  if (!points.length) return `${name} has no values.`;
  const [first, last] = [points[0]!, points.at(-1)!];
  const at = (p: Valued) => `${valueText(p.value)} on ${instantText(p.date)}`;
  if (points.length === 1) return `${name} was ${at(first)}.`;
  return `${name} went from ${at(first)} to ${at(last)}.`;
}

/**
 * Alt text for a chart of a query result, from what it draws: the columns and lines, the days,
 * the highest value (which line, when), then the first and last value of each of the first lines.
 */
export function resultChartAlt(charted: ChartedResult, choice: ChartChoice): string {
  if (!charted.series.length) {
    return `Line chart of ${choice.y} by ${choice.x}: no row of the result has a date.`;
  }
  const single = choice.series === null;
  const highest = highestText(charted.series, single);
  const lines = charted.series.slice(0, DESCRIBED).map((s) => lineText(s, single));
  const findings = highest ? [highest, ...lines] : [`There are no values of ${choice.y} to draw.`];
  return [opening(charted, choice), omittedText(charted), ...findings].filter(Boolean).join(' ');
}
