import { utcDay } from 'd3';
import { chartHeader } from './chartHeader';
import { emptyNote } from './emptyNote';
import type { ChartEvent } from './eventMarkers';
import { gappedLine } from './gappedLine';
import { gridAxisLeft } from './gridAxisLeft';
import { resultSeriesStyles } from './resultSeriesStyles';
import { resultValueScale, valueTickFormat } from './resultValueScale';
import { svgElement } from './svg';
import { timeFrame, type TimeFrameOptions } from './timeFrame';

export interface ResultPoint {
  readonly date: Date;
  /** null: no value (NULL, NaN or infinite), drawn as a gap. */
  readonly value: number | null;
}

export interface ResultSeries {
  readonly key: string;
  readonly label: string;
  readonly points: readonly ResultPoint[];
}

export interface ResultLineData {
  readonly series: readonly ResultSeries[];
  /** A line breaks where it goes longer than this without a point (ms); null: never. */
  readonly breakOver?: number | null;
  readonly events: readonly ChartEvent[];
  /** The first and last instant drawn; the frame widens them to whole UTC days. */
  readonly from: Date;
  readonly to: Date;
}

export interface ResultLineOptions extends TimeFrameOptions {
  /** What the values are, above the value axis: the value column's name, say. */
  readonly valueLabel: string;
  readonly scale?: 'linear' | 'log';
}

/** The whole UTC days a range of instants touches: the time frame is drawn in days. */
function frameDays(from: Date, to: Date): [Date, Date] {
  return [utcDay.floor(from), utcDay.ceil(to)];
}

function zeroRule(document: Document, y: number, left: number, right: number) {
  return svgElement(document, 'line', {
    class: 'zero',
    x1: left,
    x2: right,
    y1: y,
    y2: y,
    stroke: 'currentColor',
    'stroke-opacity': 0.5,
  });
}

function emptyText(series: readonly ResultSeries[], scale: 'linear' | 'log'): string {
  const anyValue = series.some((s) => s.points.some((p) => p.value !== null));
  return scale === 'log' && anyValue
    ? 'No positive values to draw on a log scale'
    : 'No values to draw';
}

/** The points with a missing value wherever a line goes longer than `limit` without one. */
function withBreaks(points: readonly ResultPoint[], limit: number | null): readonly ResultPoint[] {
  if (limit === null) return points;
  const broken: ResultPoint[] = [];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    if (previous && point.date.getTime() - previous.date.getTime() > limit)
      broken.push({
        date: new Date((previous.date.getTime() + point.date.getTime()) / 2),
        value: null,
      });
    broken.push(point);
  });
  return broken;
}

/**
 * A query result as lines over time, one per series, in the dashboard's time frame (axes,
 * events, crosshair). Known apps keep their identity colours; other series take the series
 * palette. Missing values, spans longer than `breakOver` without a point, and on a log scale
 * values that are not positive, are gaps.
 */
export function resultLineChart(
  data: ResultLineData,
  options: ResultLineOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    height = 380,
    valueLabel,
    scale = 'linear',
    ariaLabel = `Line chart of ${valueLabel}`,
    showEvents = true,
    alignOn,
  } = options;
  const [from, to] = frameDays(data.from, data.to);
  const styles = resultSeriesStyles(data.series.map((s) => s.key));
  const items = data.series.map((s, i) => ({ key: s.key, label: s.label, ...styles[i]! }));
  const title = `${valueLabel}${scale === 'log' ? ' (log scale)' : ''}`;
  const frame = timeFrame(document, {
    width,
    height,
    from,
    to,
    events: data.events.filter((e) => e.date >= from && e.date <= to),
    showEvents,
    alignOn,
    ariaLabel,
    className: `result-lines ${scale}`,
    header: (plotWidth) => chartHeader(document, items, title, plotWidth),
  });
  const { x, left, right, top, bottom } = frame;

  const drawable = (v: number | null): v is number => v !== null && (scale === 'linear' || v > 0);
  const values = data.series.flatMap((s) => s.points.map((p) => p.value).filter(drawable));
  const { y, ticks } = resultValueScale(scale, values, top, bottom);
  const axis = gridAxisLeft(document, y, {
    left,
    width: right - left,
    values: ticks,
    format: valueTickFormat,
  });
  const [lo, hi] = y.domain() as [number, number];
  const under =
    scale === 'linear' && lo < 0 && hi > 0 ? [axis, zeroRule(document, y(0), left, right)] : [axis];

  const lines = svgElement(document, 'g', { class: 'series', fill: 'none' });
  data.series.forEach((s, i) => {
    const group = svgElement(document, 'g', { class: 'result-series', 'data-key': s.key });
    group.append(
      ...gappedLine(document, withBreaks(s.points, data.breakOver ?? null), {
        x: (p) => x(p.date),
        y: (p) => (drawable(p.value) ? y(p.value) : null),
        width: 2,
        ...styles[i]!,
      }),
    );
    lines.append(group);
  });
  const empty = values.length
    ? []
    : [emptyNote(document, emptyText(data.series, scale), (left + right) / 2, (top + bottom) / 2)];
  return frame.finish({ under, over: [lines, ...empty] });
}
