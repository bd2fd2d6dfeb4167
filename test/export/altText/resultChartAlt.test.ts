import { describe, expect, it } from 'vitest';
import { resultChartAlt } from '../../../src/export/altText/resultChartAlt';
import type {
  ChartChoice,
  ChartedResult,
  ResultSeries,
} from '../../../src/queries/workbench/resultSeries';

const day = (d: number, hours = 0) => new Date(Date.UTC(2025, 0, d, hours));
const N = null;

/** A line from 10 Jan 2025 on, one point per value. */
function line(label: string, values: (number | null)[], key = label): ResultSeries {
  return { key, label, points: values.map((value, i) => ({ date: day(10 + i), value })) };
}

function charted(series: ResultSeries[], rest: Partial<ChartedResult> = {}): ChartedResult {
  const dates = series.flatMap((s) => s.points.map((p) => p.date.getTime()));
  return {
    series,
    omitted: 0,
    undated: 0,
    repeatedDates: 0,
    breakOver: 1.5 * 86_400_000,
    breaks: 0,
    from: new Date(Math.min(...dates)),
    to: new Date(Math.max(...dates)),
    ...rest,
  };
}

const byApp: ChartChoice = { x: 'date', y: 'downloads', series: 'app' };
const apps = [
  line('TikTok', [2_000_000, 2_900_000, N, 800_000], 'tiktok'),
  line('Xiaohongshu (RedNote)', [20_000, 45_678, 1_234_567, 1_100_000], 'xiaohongshu'),
  line('Lemon8', [N, 950, N, N], 'lemon8'),
];

describe('alt text of a chart of a query result', () => {
  it('names the columns and lines, the days, the highest value, and each line’s first and last', () => {
    expect(resultChartAlt(charted(apps), byApp)).toBe(
      'Line chart of downloads by date, one line per app: TikTok, Xiaohongshu (RedNote) and Lemon8, from 10 to 13 Jan 2025. ' +
        'The highest value was 2.9 million, for TikTok on 11 Jan 2025. ' +
        'TikTok went from 2 million on 10 Jan 2025 to 800,000 on 13 Jan 2025. ' +
        'Xiaohongshu (RedNote) went from 20,000 on 10 Jan 2025 to 1.1 million on 13 Jan 2025. ' +
        'Lemon8 was 950 on 11 Jan 2025.',
    );
  });

  it('speaks of a single line as it', () => {
    const single = [line('views', [0.35, 12.5, 0.125])];
    expect(resultChartAlt(charted(single), { x: 'day', y: 'views', series: null })).toBe(
      'Line chart of views by day, a single line, from 10 to 12 Jan 2025. ' +
        'The highest value was 12.5, on 11 Jan 2025. ' +
        'It went from 0.35 on 10 Jan 2025 to 0.125 on 12 Jan 2025.',
    );
  });

  it('lists five lines and counts the rest, describes five, and says how many were left out', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => line(k, [i, i + 1]));
    const choice = { x: 'date', y: 'n', series: 'hashtag' };
    expect(resultChartAlt(charted(many, { omitted: 3 }), choice)).toBe(
      'Line chart of n by date, one line per hashtag: a, b, c, d, e and 2 more, from 10 to 11 Jan 2025. ' +
        'Only the 7 lines with the highest peaks are drawn; 3 more are left out. ' +
        'The highest value was 7, for g on 11 Jan 2025. ' +
        'a went from 0 on 10 Jan 2025 to 1 on 11 Jan 2025. ' +
        'b went from 1 on 10 Jan 2025 to 2 on 11 Jan 2025. ' +
        'c went from 2 on 10 Jan 2025 to 3 on 11 Jan 2025. ' +
        'd went from 3 on 10 Jan 2025 to 4 on 11 Jan 2025. ' +
        'e went from 4 on 10 Jan 2025 to 5 on 11 Jan 2025.',
    );
  });

  it('gives times of day when the dates have them, and says "on" for a single day', () => {
    const hourly: ResultSeries = {
      key: 'ios',
      label: 'ios',
      points: [
        { date: day(13, 9), value: -5 },
        { date: new Date(Date.UTC(2025, 0, 13, 12, 30, 15)), value: -1.5 },
        { date: day(13, 18), value: -20 },
      ],
    };
    const choice = { x: 'observed_at', y: 'change', series: 'store' };
    expect(resultChartAlt(charted([hourly], { omitted: 1 }), choice)).toBe(
      'Line chart of change by observed_at, one line per store: ios, on 13 Jan 2025. ' +
        'Only the line with the highest peak is drawn; 1 more is left out. ' +
        'The highest value was minus 1.5, for ios on 13 Jan 2025 at 12:30:15 UTC. ' +
        'ios went from minus 5 on 13 Jan 2025 at 09:00 UTC to minus 20 on 13 Jan 2025 at 18:00 UTC.',
    );
  });

  it('says so when a line has no values', () => {
    const withEmpty = [line('TikTok', [5, 6], 'tiktok'), line('NULL', [N, N])];
    expect(resultChartAlt(charted(withEmpty), byApp)).toBe(
      'Line chart of downloads by date, one line per app: TikTok and NULL, from 10 to 11 Jan 2025. ' +
        'The highest value was 6, for TikTok on 11 Jan 2025. ' +
        'TikTok went from 5 on 10 Jan 2025 to 6 on 11 Jan 2025. NULL has no values.',
    );
  });

  it('says so when no line has a value', () => {
    expect(resultChartAlt(charted([line('TikTok', [N, N], 'tiktok')]), byApp)).toBe(
      'Line chart of downloads by date, one line per app: TikTok, from 10 to 11 Jan 2025. ' +
        'There are no values of downloads to draw.',
    );
  });

  it('says so when no row has a date', () => {
    const nothing = charted([], { from: new Date(0), to: new Date(0), undated: 4 });
    expect(resultChartAlt(nothing, byApp)).toBe(
      'Line chart of downloads by date: no row of the result has a date.',
    );
  });
});
