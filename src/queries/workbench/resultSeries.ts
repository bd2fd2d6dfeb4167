import type { ResultPoint, ResultSeries } from '../../charts/resultLineChart';
import type { ResultSet } from '../../db/results/cellValue';
import { appLabel, KNOWN_APPS } from '../../domain/apps';
import { columnOfKind, DATE_KINDS, NUMBER_KINDS, TEXT_KINDS } from './chartColumns';
import type { ChartChoice } from './defaultChartChoice';
import { cellInstant, cellNumber } from './cellMeasures';
import { cellText } from './cellText';
import { breaksOver, usualStep } from './usualStep';

export { chartColumns, type ChartColumns } from './chartColumns';
export { defaultChartChoice, type ChartChoice } from './defaultChartChoice';

export type { ResultPoint, ResultSeries } from '../../charts/resultLineChart';

export interface ChartedResult {
  readonly series: readonly ResultSeries[];
  /** Lines left out because there were more than maxSeries (the largest by peak value are kept). */
  readonly omitted: number;
  /** Rows with no date (NULL or out of range): not drawn. */
  readonly undated: number;
  /**
   * (series, date) pairs of the lines drawn that had more than one row. They are all drawn, in
   * row order, but the line then zigzags: the UI can suggest aggregating in SQL.
   */
  readonly repeatedDates: number;
  /**
   * A line breaks where it goes longer than this without a row (ms): one and a half of the
   * usual step between rows. Null when no line has two rows.
   */
  readonly breakOver: number | null;
  /** How many such breaks the lines have. */
  readonly breaks: number;
  /** The first and last date drawn (UTC); 1970-01-01 for both when nothing is dated. */
  readonly from: Date;
  readonly to: Date;
}

interface Line {
  readonly key: string;
  readonly points: ResultPoint[];
  peak: number;
  sorted: boolean;
}

// `in` would also find `constructor` and the other properties every object inherits.
const isKnownApp = (key: string) => Object.hasOwn(KNOWN_APPS, key);

const byDate = (a: ResultPoint, b: ResultPoint) => a.date.getTime() - b.date.getTime();

/** The lines with the highest peaks, in order of first appearance. */
function largest(lines: readonly Line[], maxSeries: number): Line[] {
  const order = new Map(lines.map((line, i) => [line, i]));
  const kept = new Set(
    [...lines].sort((a, b) => b.peak - a.peak || order.get(a)! - order.get(b)!).slice(0, maxSeries),
  );
  return lines.filter((line) => kept.has(line));
}

function repeatedDates(points: readonly ResultPoint[]): number {
  let count = 0;
  for (let i = 1; i < points.length; i++) {
    const same = points[i]!.date.getTime() === points[i - 1]!.date.getTime();
    const startsRun = i === 1 || points[i - 2]!.date.getTime() !== points[i]!.date.getTime();
    if (same && startsRun) count += 1;
  }
  return count;
}

/**
 * A query result as the lines "Chart this" draws, in one pass over the rows: one line per value
 * of the series column (or one line, named after the value column), points in date order.
 * Null when a chosen column is missing or of a kind that cannot be charted that way.
 */
export function chartResult(
  result: ResultSet,
  choice: ChartChoice,
  maxSeries = 12,
): ChartedResult | null {
  const { columns } = result;
  const x = columnOfKind(columns, choice.x, DATE_KINDS);
  const y = columnOfKind(columns, choice.y, NUMBER_KINDS);
  const s = choice.series === null ? null : columnOfKind(columns, choice.series, TEXT_KINDS);
  if (x === null || y === null || (choice.series !== null && s === null)) return null;

  const lines = new Map<string, Line>();
  let undated = 0;
  for (let row = 0; row < result.rowCount; row++) {
    const date = cellInstant(result.cell(row, x));
    if (!date) {
      undated += 1;
      continue;
    }
    const key = s === null ? choice.y : cellText(result.cell(row, s));
    let line = lines.get(key);
    if (!line) {
      line = { key, points: [], peak: -Infinity, sorted: true };
      lines.set(key, line);
    }
    const value = cellNumber(result.cell(row, y));
    const last = line.points.at(-1);
    if (last && last.date > date) line.sorted = false;
    line.points.push({ date, value });
    if (value !== null && value > line.peak) line.peak = value;
  }

  const kept = largest([...lines.values()], Math.max(1, Math.floor(maxSeries)));
  let from = Infinity;
  let to = -Infinity;
  let repeated = 0;
  const series = kept.map((line): ResultSeries => {
    // Array sort is stable: rows of the same date keep their row order.
    const points = line.sorted ? line.points : line.points.sort(byDate);
    from = Math.min(from, points[0]!.date.getTime());
    to = Math.max(to, points.at(-1)!.date.getTime());
    repeated += repeatedDates(points);
    const label = s !== null && isKnownApp(line.key) ? appLabel(line.key) : line.key;
    return { key: line.key, label, points };
  });
  const step = usualStep(series);
  const breakOver = step === null ? null : step * 1.5;
  return {
    series,
    breakOver,
    breaks: breakOver === null ? 0 : breaksOver(series, breakOver),
    omitted: lines.size - kept.length,
    undated,
    repeatedDates: repeated,
    from: new Date(series.length ? from : 0),
    to: new Date(series.length ? to : 0),
  };
}
