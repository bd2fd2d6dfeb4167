import { scaleUtc, type ScaleTime } from 'd3';
import { calendarTicks } from './calendarTicks';
import { chartRoot } from './chartRoot';
import { eventKey, eventMarkers, markerLaneCount, type ChartEvent } from './eventMarkers';
import { isoDay } from './isoDay';
import { overviewTicks } from './overviewTicks';
import { relativeDayTicks } from './relativeDayTicks';
import { svgElement } from './svg';
import { timeAxis } from './timeAxis';

/** The options every time chart takes, besides its own. */
export interface TimeFrameOptions {
  readonly width?: number;
  /** Height of the chart without its event key, which adds its own rows below. */
  readonly height?: number;
  /** The chart's accessible name (and title when exported): the UI supplies the words. */
  readonly ariaLabel?: string;
  /** Numbered event markers over the plot and their key below it; default true. */
  readonly showEvents?: boolean;
  /** Label the time axis in days before and after this day instead of calendar dates. */
  readonly alignOn?: Date;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Something drawn above the plot (a legend, an axis title) and how tall it is. */
export interface Block {
  readonly element: SVGGElement;
  readonly height: number;
}

export interface TimeFrameSpec {
  readonly width: number;
  /** The height without the event key; or give `plotHeight` and the height follows from it. */
  readonly height?: number;
  readonly plotHeight?: number;
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
  readonly events: readonly ChartEvent[];
  readonly showEvents: boolean;
  readonly alignOn?: Date;
  readonly ariaLabel: string;
  readonly className: string;
  /** Drawn above the events at the plot's width. */
  readonly header?: (plotWidth: number) => Block;
  readonly margin?: Partial<Margin>;
  /**
   * Days are columns (bars, cells) rather than points: each gets an equal slice of the plot, and
   * the scale gives the middle of the slice, so the first and last sit half a slice inside.
   */
  readonly dayColumns?: boolean;
  readonly ticks?: 'calendar' | 'overview';
  readonly axisFontSize?: number;
  readonly eventRule?: 'dashed' | 'solid';
}

export interface TimeFrame {
  readonly svg: SVGSVGElement;
  readonly x: ScaleTime<number, number>;
  /** The plot area, in the svg's coordinates (with day columns, half a column wider each side). */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** The distance between two days; with one day, the plot's width. */
  readonly dayWidth: number;
  /**
   * Adds the chart's layers and completes the svg: `under` the event rules (grids, axes, cells),
   * the events, `over` them (the data), the crosshair layer on top, the event key below.
   */
  readonly finish: (layers: { under?: Element[]; over?: Element[] }) => SVGSVGElement;
}

const DEFAULT_MARGIN: Margin = { top: 8, right: 16, bottom: 28, left: 48 };
const GAP = 10;
const DAY = 86_400_000;

/**
 * The frame every time chart is drawn in: a UTC day scale from `from` to `to`, the header, the
 * bottom axis, numbered events with their key, and the plot geometry and days written on the
 * root (`data-plot-*`, `data-from`, `data-to`) for the UI's shared crosshair and brush.
 */
export function timeFrame(document: Document, spec: TimeFrameSpec): TimeFrame {
  const margin = { ...DEFAULT_MARGIN, ...spec.margin };
  const { width, from, to } = spec;
  const left = margin.left;
  const right = width - margin.right;
  const header = spec.header?.(right - left);
  const days = Math.round((to.getTime() - from.getTime()) / DAY) + 1;
  const dayWidth = (right - left) / Math.max(1, spec.dayColumns ? days : days - 1);
  const inset = spec.dayColumns ? dayWidth / 2 : 0;
  const x = scaleUtc()
    .domain([from, to])
    .range([left + inset, right - inset]);

  const events = spec.showEvents ? spec.events : [];
  const { lanes, height: markersHeight } = markerLaneCount(events, x);
  const top = margin.top + (header?.height ? header.height + GAP : 0) + markersHeight;
  const bottom =
    spec.plotHeight === undefined ? (spec.height ?? 400) - margin.bottom : top + spec.plotHeight;
  const height = bottom + margin.bottom;

  const key = eventKey(document, events, right - left);
  const svg = chartRoot(document, {
    width,
    height: height + (key.height ? key.height + GAP : 0),
    ariaLabel: spec.ariaLabel,
    className: spec.className,
  });
  const [plotLeft, plotRight] = x.range() as [number, number];
  svg.setAttribute('data-plot-left', String(plotLeft));
  svg.setAttribute('data-plot-right', String(plotRight));
  svg.setAttribute('data-plot-top', String(top));
  svg.setAttribute('data-plot-bottom', String(bottom));
  svg.setAttribute('data-from', isoDay(from));
  svg.setAttribute('data-to', isoDay(to));

  if (header) {
    header.element.setAttribute('transform', `translate(${left},${margin.top})`);
    svg.append(header.element);
  }
  const innerWidth = right - left;
  const ticks =
    spec.alignOn !== undefined
      ? relativeDayTicks(x, spec.alignOn, innerWidth)
      : spec.ticks === 'overview'
        ? overviewTicks(x, innerWidth)
        : calendarTicks(x, innerWidth);
  const fontSize = spec.axisFontSize ?? 12;
  svg.append(timeAxis(document, x, ticks, { y: bottom, left, right, width, fontSize }));

  const finish = ({ under = [], over = [] }: { under?: Element[]; over?: Element[] }) => {
    svg.append(
      ...under,
      eventMarkers(document, events, x, lanes, top, bottom, spec.eventRule),
      ...over,
      svgElement(document, 'g', { class: 'crosshair', 'pointer-events': 'none' }),
    );
    if (key.height) {
      key.element.setAttribute('transform', `translate(${left},${height + GAP})`);
      svg.append(key.element);
    }
    return svg;
  };
  return { svg, x, left, right, top, bottom, dayWidth, finish };
}
