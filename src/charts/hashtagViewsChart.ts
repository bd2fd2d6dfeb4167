import { scaleLinear, scaleLog } from 'd3';
import { chartHeader } from './chartHeader';
import { emptyNote } from './emptyNote';
import type { ChartEvent } from './eventMarkers';
import { gappedLine } from './gappedLine';
import { gridAxisLeft } from './gridAxisLeft';
import { seriesStyle, type SeriesStyle } from './seriesPalette';
import { siFormat } from './siFormat';
import { svgElement } from './svg';
import { timeFrame, type TimeFrameOptions } from './timeFrame';
import { CORRECTION_LANE, perDay, viewBars, type ViewsPoint, type ViewsSeries } from './viewBars';

export type { ViewsPoint, ViewsSeries };

export interface HashtagViewsData {
  readonly series: readonly ViewsSeries[];
  readonly events: readonly ChartEvent[];
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export interface HashtagViewsOptions extends TimeFrameOptions {
  readonly mode?: 'cumulative' | 'daily';
  readonly scale?: 'linear' | 'log';
}

interface DailyMarks {
  readonly spread: boolean;
  readonly corrections: boolean;
}

/** What the value axis measures, and a word on the marks the reader will meet in this view. */
function axisTitle(mode: 'cumulative' | 'daily', scale: 'linear' | 'log', marks: DailyMarks) {
  const onLog = scale === 'log' ? ' (log scale)' : '';
  if (mode === 'cumulative') return `Views of posts with the hashtag, cumulative${onLog}`;
  return [
    `Views gained per day${onLog}.`,
    marks.spread ? 'Pale dashed bar: a gain over unobserved days, as a daily average.' : '',
    marks.corrections ? '▼ Correction: the count went down.' : '',
  ].join(' ');
}

function valueScale(
  scale: 'linear' | 'log',
  values: readonly number[],
  top: number,
  bottom: number,
) {
  const max = Math.max(...values, 1);
  if (scale === 'linear') return scaleLinear().domain([0, max]).range([bottom, top]).nice();
  const min = Math.min(...values.filter((v) => v > 0), max);
  const floor = 10 ** Math.floor(Math.log10(min));
  return scaleLog()
    .domain([floor, Math.max(max, floor * 10)])
    .range([bottom, top])
    .nice();
}

/** Log ticks at 1, 2 and 5 of each decade while they fit, else at each decade only. */
function valueTicks(y: ReturnType<typeof valueScale>, scale: 'linear' | 'log', height: number) {
  const count = Math.max(2, Math.floor(height / 45));
  const ticks = y.ticks(count);
  if (scale === 'linear') return ticks;
  const lead = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  const fine = ticks.filter((t) => [1, 2, 5].includes(lead(t)));
  return fine.length <= count ? fine : ticks.filter((t) => lead(t) === 1);
}

/** Cumulative views as step lines: a count holds until the next observation changes it. */
function cumulativeLines(
  document: Document,
  series: readonly ViewsSeries[],
  styles: readonly SeriesStyle[],
  x: (p: ViewsPoint) => number,
  y: (views: number) => number,
  scale: 'linear' | 'log',
): SVGGElement {
  const lines = svgElement(document, 'g', { class: 'series', fill: 'none' });
  const at = (v: number | null) => (v == null || (scale === 'log' && v <= 0) ? null : y(v));
  series.forEach((s, i) => {
    const group = svgElement(document, 'g', { class: 'hashtag', 'data-key': s.key });
    group.append(
      ...gappedLine(document, s.points, {
        x,
        y: (p) => at(p.views),
        width: 2,
        step: true,
        ...styles[i]!,
      }),
    );
    lines.append(group);
  });
  return lines;
}

/**
 * Views of hashtags per platform: cumulative views as step lines, or the daily gains as bars
 * with corrections marked under the baseline. Hashtags are not apps, so they take colours from
 * their own palette, in input order.
 */
export function hashtagViewsChart(
  data: HashtagViewsData,
  options: HashtagViewsOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    height = 380,
    mode = 'cumulative',
    scale = 'linear',
    ariaLabel = 'Hashtag views',
    showEvents = true,
    alignOn,
  } = options;
  const styles = data.series.map((_, i) => seriesStyle(i));
  const items = data.series.map((s, i) => ({ key: s.key, label: s.label, ...styles[i]! }));
  const points = data.series.flatMap((s) => s.points);
  const marks: DailyMarks = {
    spread: mode === 'daily' && points.some((p) => p.daily != null && (p.gapDays ?? 1) > 1),
    corrections: mode === 'daily' && points.some((p) => (p.correction ?? 0) < 0),
  };
  const frame = timeFrame(document, {
    width,
    height,
    from: data.from,
    to: data.to,
    events: data.events,
    showEvents,
    alignOn,
    ariaLabel,
    className: `hashtag-views ${mode}`,
    dayColumns: mode === 'daily',
    header: (plotWidth) => chartHeader(document, items, axisTitle(mode, scale, marks), plotWidth),
  });
  const { x, left, right, top, bottom, dayWidth } = frame;
  const baseline = bottom - (marks.corrections ? CORRECTION_LANE : 0);

  const value = mode === 'cumulative' ? (p: ViewsPoint) => p.views : perDay;
  const values = data.series
    .flatMap((s) => s.points.map(value))
    .filter((v): v is number => v != null && (scale === 'linear' || v > 0));
  const y = valueScale(scale, values, top, baseline);
  const axis = gridAxisLeft(document, y, {
    left,
    width: right - left,
    values: valueTicks(y, scale, baseline - top),
    format: siFormat,
  });

  const drawn: Element[] = [];
  if (mode === 'cumulative') {
    drawn.push(cumulativeLines(document, data.series, styles, (p) => x(p.date), y, scale));
  } else {
    const { bars, corrections } = viewBars(document, data.series, {
      x,
      y,
      baseline,
      dayWidth,
      styles,
    });
    const base = svgElement(document, 'line', {
      class: 'baseline',
      x1: left,
      x2: right,
      y1: baseline,
      y2: baseline,
      stroke: 'currentColor',
      'stroke-opacity': 0.5,
    });
    drawn.push(bars, base, ...(marks.corrections ? [corrections] : []));
  }
  if (values.length === 0 && !marks.corrections) {
    const text = 'No views of the selected hashtags in this range';
    drawn.push(emptyNote(document, text, (left + right) / 2, (top + bottom) / 2));
  }
  return frame.finish({ under: [axis], over: drawn });
}
