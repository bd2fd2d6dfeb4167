import type { ResultColumn, ResultSet } from '../../db/results/cellValue';
import { chartColumns } from './chartColumns';
import { cellText } from './cellText';

/**
 * What "Chart this" draws: the time column, the value column, and the column whose values are
 * the lines (null: one line).
 */
export interface ChartChoice {
  /** Column names, not indices: the choice goes into a URL and must survive a rerun. */
  readonly x: string;
  readonly y: string;
  readonly series: string | null;
}

/** Words a column of lines is usually named by, most telling first. */
const SERIES_WORDS = ['app', 'hashtag', 'platform', 'country', 'store'];
const MAX_DISTINCT = 24;

/** The rank of the word a name has (`app`, `App`, `app_id`, `appName`, `apps`); else null. */
function seriesWord(name: string): number | null {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((word) => word.replace(/ies$/, 'y').replace(/s$/, ''));
  const rank = SERIES_WORDS.findIndex((word) => words.includes(word));
  return rank >= 0 ? rank : null;
}

function namedSeries(columns: readonly ResultColumn[], texts: readonly number[]): number | null {
  let best: { index: number; rank: number } | null = null;
  for (const index of texts) {
    const rank = seriesWord(columns[index]!.name);
    if (rank !== null && (!best || rank < best.rank)) best = { index, rank };
  }
  return best?.index ?? null;
}

/** Distinct values of a column, counting no further than `limit + 1`. */
function distinctUpTo(result: ResultSet, column: number, limit: number): number {
  const seen = new Set<string>();
  for (let row = 0; row < result.rowCount && seen.size <= limit; row++) {
    seen.add(cellText(result.cell(row, column)));
  }
  return seen.size;
}

/**
 * A column of few values makes good lines; a column of one value would only label the single
 * line, and one of many would draw a tangle, so neither is chosen.
 */
function fewestValues(result: ResultSet, texts: readonly number[]): number | null {
  let best: { index: number; count: number } | null = null;
  for (const index of texts) {
    const count = distinctUpTo(result, index, MAX_DISTINCT);
    if (count >= 2 && count <= MAX_DISTINCT && (!best || count < best.count)) {
      best = { index, count };
    }
  }
  return best?.index ?? null;
}

/**
 * A first choice: the first date column, the first number column, and a text column named like
 * app/hashtag/platform/country/store if any, else the text column with the fewest distinct
 * values (2 to 24), else one line. Null when there is no date or no number column.
 */
export function defaultChartChoice(result: ResultSet): ChartChoice | null {
  const { columns } = result;
  const { dates, numbers, texts } = chartColumns(columns);
  if (!dates.length || !numbers.length) return null;
  const series = namedSeries(columns, texts) ?? fewestValues(result, texts);
  return {
    x: columns[dates[0]!]!.name,
    y: columns[numbers[0]!]!.name,
    series: series === null ? null : columns[series]!.name,
  };
}
