import { describe, expect, it } from 'vitest';
import {
  chartColumns,
  chartResult,
  defaultChartChoice,
  type ChartedResult,
} from '../../../src/queries/workbench/resultSeries';
import { realSession } from '../../helpers/realSession';

const real = realSession();
const run = (sql: string) => real.read(sql);

/** Rows of (day in January 2025, app, value) as a query result. */
const rowsOf = (values: string) =>
  run(`SELECT DATE '2025-01-01' + d AS date, app, v AS downloads
       FROM (VALUES ${values}) t(d, app, v)`);

const iso = (date: Date) => date.toISOString();
const linesOf = (charted: ChartedResult | null) =>
  charted!.series.map((s) => ({
    key: s.key,
    label: s.label,
    points: s.points.map((p) => [iso(p.date).slice(0, 10), p.value]),
  }));

describe('columns a result can be charted by', () => {
  it('finds date, number and text columns by kind, and nothing else', async () => {
    const result = await run(
      `SELECT DATE '2025-01-01' a, 1::INTEGER b, 'x' c, TIMESTAMP '2025-01-01 10:00' d,
              2::BIGINT e, 1.5::DECIMAL(5,2) f, 2.5::DOUBLE g, true h, INTERVAL 1 DAY i,
              [1] j, TIME '10:00' k`,
    );
    expect(chartColumns(result.columns)).toEqual({
      dates: [0, 3],
      numbers: [1, 4, 5, 6],
      texts: [2, 7],
    });
  });
});

describe('the first choice of what to chart', () => {
  it('takes the first date and number columns, and a column named app for the lines', async () => {
    const result = await run(
      `SELECT DATE '2025-01-01' + (i % 3)::INTEGER AS day, i AS n, i * 2 AS m,
              CASE WHEN i % 2 = 0 THEN 'a' ELSE 'b' END AS label,
              'app' || (i % 5) AS app, TIMESTAMP '2025-01-01' AS seen
       FROM range(20) t(i)`,
    );
    expect(defaultChartChoice(result)).toEqual({ x: 'day', y: 'n', series: 'app' });
  });

  it('prefers app to hashtag, and reads names like App_ID and storeName', async () => {
    const result = await run(`SELECT DATE '2025-01-01' d, 1 v, 'x' storeName, 'y' App_ID`);
    expect(defaultChartChoice(result)?.series).toBe('App_ID');
    const tags = await run(`SELECT DATE '2025-01-01' d, 1 v, 'x' platform, 'y' hashtags`);
    expect(defaultChartChoice(tags)?.series).toBe('hashtags');
  });

  it('else takes the text column with the fewest values, of 2 to 24', async () => {
    const result = await run(
      `SELECT DATE '2025-01-01' AS d, i AS v, 'same' AS constant, 'k' || i AS many,
              'g' || (i % 6) AS six, 'h' || (i % 3) AS three
       FROM range(30) t(i)`,
    );
    expect(defaultChartChoice(result)).toEqual({ x: 'd', y: 'v', series: 'three' });
    const wide = await run(`SELECT DATE '2025-01-01' AS d, i AS v, 'k' || i AS many
                            FROM range(30) t(i)`);
    expect(defaultChartChoice(wide)).toEqual({ x: 'd', y: 'v', series: null });
  });

  it('is null without a date column or without a number column', async () => {
    expect(defaultChartChoice(await run(`SELECT 1 AS v, 'tiktok' AS app`))).toBeNull();
    expect(defaultChartChoice(await run(`SELECT DATE '2025-01-01' d, 'tiktok' app`))).toBeNull();
  });
});

describe('a query result as lines', () => {
  it('draws one line per value of the series column, labelled as apps are, in date order', async () => {
    const result = await rowsOf(
      `(2, 'tiktok', 30), (0, 'douyin', 5), (0, 'tiktok', 10), (1, 'tiktok', 20), (1, 'douyin', 6)`,
    );
    const charted = chartResult(result, { x: 'date', y: 'downloads', series: 'app' });
    expect(linesOf(charted)).toEqual([
      {
        key: 'tiktok',
        label: 'TikTok',
        points: [
          ['2025-01-01', 10],
          ['2025-01-02', 20],
          ['2025-01-03', 30],
        ],
      },
      {
        key: 'douyin',
        label: 'douyin',
        points: [
          ['2025-01-01', 5],
          ['2025-01-02', 6],
        ],
      },
    ]);
    expect(charted).toMatchObject({ omitted: 0, undated: 0, repeatedDates: 0 });
    expect([iso(charted!.from), iso(charted!.to)]).toEqual([
      '2025-01-01T00:00:00.000Z',
      '2025-01-03T00:00:00.000Z',
    ]);
  });

  it('draws a NULL series value as a line of its own named NULL', async () => {
    const result = await rowsOf(`(0, 'lemon8', 1), (0, NULL, 2)`);
    const charted = chartResult(result, { x: 'date', y: 'downloads', series: 'app' });
    expect(charted!.series.map((s) => [s.key, s.label])).toEqual([
      ['lemon8', 'Lemon8'],
      ['NULL', 'NULL'],
    ]);
  });

  it('keeps a NULL value as a gap in its line', async () => {
    const result = await rowsOf(`(0, 'a', 1), (1, 'a', NULL), (2, 'a', 3)`);
    const charted = chartResult(result, { x: 'date', y: 'downloads', series: 'app' });
    expect(charted!.series[0]!.points.map((p) => p.value)).toEqual([1, null, 3]);
  });

  it('breaks a line where it has no row for longer than one and a half usual steps', async () => {
    const result = await rowsOf(
      `(0, 'a', 1), (1, 'a', 2), (2, 'a', 3), (9, 'a', 4), (10, 'a', 5), (0, 'b', 1), (2, 'b', 2)`,
    );
    const charted = chartResult(result, { x: 'date', y: 'downloads', series: 'app' })!;
    expect(charted.breakOver).toBe(1.5 * 86_400_000);
    // a skips 2 Jan to 10 Jan; b skips 1 Jan.
    expect(charted.breaks).toBe(2);
    const weekly = await run(
      `SELECT DATE '2025-01-06' + (7 * i)::INTEGER AS date, i AS v FROM range(5) t(i) WHERE i <> 2`,
    );
    const weeks = chartResult(weekly, { x: 'date', y: 'v', series: null })!;
    expect([weeks.breakOver, weeks.breaks]).toEqual([1.5 * 7 * 86_400_000, 1]);
    const single = await rowsOf(`(0, 'a', 1), (3, 'b', 2)`);
    expect(chartResult(single, { x: 'date', y: 'downloads', series: 'app' })!.breakOver).toBeNull();
  });

  it('does not draw rows with no date, NULL or infinite, but counts them', async () => {
    const result = await run(
      `SELECT d, 'a' AS app, 1 AS v FROM (VALUES (DATE '2025-01-01'), (NULL), ('infinity'::DATE),
              ('-infinity'::DATE)) t(d)`,
    );
    const charted = chartResult(result, { x: 'd', y: 'v', series: 'app' });
    expect(charted!.undated).toBe(3);
    expect(charted!.series[0]!.points).toHaveLength(1);
  });

  it('draws every row of a repeated date in row order, and counts the repeated dates', async () => {
    const result = await rowsOf(
      `(0, 'a', 1), (0, 'a', 2), (0, 'a', 3), (1, 'a', 4), (1, 'b', 5), (2, 'b', 6), (2, 'b', 7)`,
    );
    const charted = chartResult(result, { x: 'date', y: 'downloads', series: 'app' });
    expect(charted!.repeatedDates).toBe(2);
    expect(charted!.series[0]!.points.map((p) => p.value)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the lines with the highest peaks, in order of first appearance, and counts the rest', async () => {
    const result = await rowsOf(
      `(0, 'small', 1), (0, 'nothing', NULL), (0, 'big', 90), (1, 'small', 2), (0, 'mid', 50),
       (1, 'tied', 50)`,
    );
    const charted = chartResult(result, { x: 'date', y: 'downloads', series: 'app' }, 3);
    expect(charted!.series.map((s) => s.key)).toEqual(['big', 'mid', 'tied']);
    expect(charted!.omitted).toBe(2);
    expect(iso(charted!.from).slice(0, 10)).toBe('2025-01-01');
  });

  it('reads DECIMAL, BIGINT, HUGEINT and DOUBLE values as numbers, and NaN as a gap', async () => {
    const result = await run(
      `SELECT DATE '2025-01-01' AS d, 12.50::DECIMAL(6,2) AS dec, 9007199254740993::BIGINT AS big,
              (-5)::HUGEINT AS huge, 'nan'::DOUBLE AS nan`,
    );
    const valueOf = (y: string) =>
      chartResult(result, { x: 'd', y, series: null })!.series[0]!.points[0]!.value;
    expect(['dec', 'big', 'huge', 'nan'].map(valueOf)).toEqual([12.5, 9007199254740992, -5, null]);
  });

  it('places timestamps at their instant, with and without a time zone', async () => {
    const result = await run(
      `SELECT t, 1 AS v FROM (VALUES (TIMESTAMPTZ '2025-01-13 09:30:00+02'),
              (TIMESTAMP '2025-01-12 23:59:59.5')) x(t)`,
    );
    const charted = chartResult(result, { x: 't', y: 'v', series: null })!;
    expect(charted.series.map((s) => [s.key, s.label])).toEqual([['v', 'v']]);
    expect(charted.series[0]!.points.map((p) => iso(p.date))).toEqual([
      '2025-01-12T23:59:59.500Z',
      '2025-01-13T07:30:00.000Z',
    ]);
    expect([iso(charted.from), iso(charted.to)]).toEqual([
      '2025-01-12T23:59:59.500Z',
      '2025-01-13T07:30:00.000Z',
    ]);
  });

  it.each([
    ['a missing time column', { x: 'when', y: 'downloads', series: 'app' }],
    ['a missing value column', { x: 'date', y: 'views', series: 'app' }],
    ['a missing series column', { x: 'date', y: 'downloads', series: 'platform' }],
    ['a time column that is text', { x: 'app', y: 'downloads', series: null }],
    ['a value column that is a date', { x: 'date', y: 'date', series: null }],
    ['a series column that is a number', { x: 'date', y: 'downloads', series: 'downloads' }],
  ])('is null for %s', async (_, choice) => {
    const result = await rowsOf(`(0, 'tiktok', 1)`);
    expect(chartResult(result, choice)).toBeNull();
  });

  it('has no lines, and no days, for a result with no rows', async () => {
    const result = await run(`SELECT DATE '2025-01-01' AS d, 1 AS v, 'a' AS app WHERE false`);
    const charted = chartResult(result, { x: 'd', y: 'v', series: 'app' });
    expect(charted).toMatchObject({ series: [], omitted: 0, undated: 0, repeatedDates: 0 });
    expect(iso(charted!.from)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('charts 100,000 rows in any order into sorted lines', async () => {
    const result = await run(
      `SELECT DATE '2000-01-01' + (i // 10)::INTEGER AS day, 'app' || (i % 10) AS app, i AS v
       FROM range(100000) t(i) ORDER BY hash(i)`,
    );
    expect(result.rowCount).toBe(100_000);
    const charted = chartResult(result, { x: 'day', y: 'v', series: 'app' })!;
    expect(charted.series).toHaveLength(10);
    expect(charted).toMatchObject({ omitted: 0, undated: 0, repeatedDates: 0 });
    for (const s of charted.series) {
      const k = Number(s.key.slice(3));
      expect(s.points).toHaveLength(10_000);
      expect(s.points.every((p, i) => p.value === i * 10 + k)).toBe(true);
    }
    expect(iso(charted.to).slice(0, 10)).toBe('2027-05-18');
  });
});
