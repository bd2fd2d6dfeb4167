import { scaleLinear, type ScaleLinear, type ScaleTime } from 'd3';
import { appColor } from './appColors';
import { chartHeader } from './chartHeader';
import { emptyNote } from './emptyNote';
import type { ChartEvent } from './eventMarkers';
import { gappedLine } from './gappedLine';
import { gridAxisLeft } from './gridAxisLeft';
import { shareAreas } from './shareAreas';
import { siFormat } from './siFormat';
import { svgElement, svgText } from './svg';
import { timeFrame, type TimeFrameOptions } from './timeFrame';

export interface DownloadsPoint {
  readonly date: Date;
  /** Estimated downloads that day; null: no estimate. */
  readonly downloads: number | null;
  /** Mean of the downloads of the 7 days ending that day. */
  readonly average7: number | null;
  /** Fraction (0–1) of the downloads of all the series' apps that day; drawn as 0–100 %. */
  readonly share: number | null;
  /** Downloads relative to the baseline, which is 100. */
  readonly indexed: number | null;
  /** Percent (0–100) of the app's highest day in the range. */
  readonly ofPeak: number | null;
}

export interface DownloadsSeries {
  readonly app: string;
  readonly label: string;
  readonly points: readonly DownloadsPoint[];
}

export interface DailyDownloadsData {
  readonly series: readonly DownloadsSeries[];
  readonly events: readonly ChartEvent[];
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export type DownloadsMode = 'daily' | 'share' | 'indexed' | 'ofPeak';

export interface DailyDownloadsOptions extends TimeFrameOptions {
  readonly mode?: DownloadsMode;
  readonly colorOf?: (app: string) => string;
  /** The indexed mode's baseline in words, e.g. "13 Jan 2025" or "6–12 Jan 2025". */
  readonly baselineLabel?: string;
}

type Values = (p: DownloadsPoint) => (number | null)[];

const VALUES: Record<DownloadsMode, Values> = {
  daily: (p) => [p.downloads, p.average7],
  share: (p) => [p.share],
  indexed: (p) => [p.indexed],
  ofPeak: (p) => [p.ofPeak],
};

interface ValueAxis {
  /** The top of a fixed scale; undefined: from the data. */
  readonly fixedMax?: number;
  readonly format: (value: number) => string;
}

const AXES: Record<DownloadsMode, ValueAxis> = {
  daily: { format: siFormat },
  share: { fixedMax: 1, format: (v) => `${Math.round(v * 100)}%` },
  indexed: { format: siFormat },
  ofPeak: { fixedMax: 100, format: (v) => `${v}%` },
};

function axisTitle(mode: DownloadsMode, baselineLabel: string): string {
  switch (mode) {
    case 'daily':
      return 'Estimated downloads per day: thin, each day; bold, 7-day average';
    case 'share':
      return "Share of the selected apps' estimated downloads";
    case 'indexed':
      return `Estimated downloads, indexed: 100 = ${baselineLabel}`;
    case 'ofPeak':
      return "Estimated downloads as a percentage of each app's peak day in the range";
  }
}

function lines(
  document: Document,
  data: DailyDownloadsData,
  mode: Exclude<DownloadsMode, 'share'>,
  x: ScaleTime<number, number>,
  y: ScaleLinear<number, number>,
  colorOf: (app: string) => string,
): SVGGElement {
  const group = svgElement(document, 'g', { class: 'series', fill: 'none' });
  const at = (value: number | null) => (value == null ? null : y(value));
  const px = (p: DownloadsPoint) => x(p.date);
  for (const s of data.series) {
    const color = colorOf(s.app);
    const app = svgElement(document, 'g', { class: 'app', 'data-app': s.app });
    if (mode === 'daily') {
      app.append(
        ...gappedLine(document, s.points, {
          x: px,
          y: (p) => at(p.downloads),
          color,
          width: 1,
          opacity: 0.5,
          className: 'daily',
        }),
        ...gappedLine(document, s.points, { x: px, y: (p) => at(p.average7), color, width: 2.5 }),
      );
    } else {
      app.append(
        ...gappedLine(document, s.points, { x: px, y: (p) => at(p[mode]), color, width: 2 }),
      );
    }
    group.append(app);
  }
  return group;
}

/** A dashed rule across the plot at the indexed mode's baseline, labelled "100" at its end. */
function referenceRule(document: Document, y: number, left: number, right: number) {
  const group = svgElement(document, 'g', { class: 'reference' });
  group.append(
    svgElement(document, 'line', {
      x1: left,
      x2: right,
      y1: y,
      y2: y,
      stroke: 'currentColor',
      'stroke-opacity': 0.6,
      'stroke-dasharray': '4,3',
    }),
    svgText(document, '100', {
      x: right,
      y: y - 4,
      'text-anchor': 'end',
      'font-size': 10,
      fill: 'currentColor',
      'fill-opacity': 0.8,
    }),
  );
  return group;
}

/**
 * Estimated daily downloads per app, in one of four views: the daily values under a bold 7-day
 * average; each app's share of the selection, stacked; indexed to a baseline (100); or as a
 * percentage of each app's own peak. Days without an estimate are gaps, never zeros.
 */
export function dailyDownloadsChart(
  data: DailyDownloadsData,
  options: DailyDownloadsOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    height = 380,
    mode = 'daily',
    ariaLabel = 'Estimated daily downloads',
    showEvents = true,
    alignOn,
    colorOf = appColor,
    baselineLabel = 'the first day',
  } = options;
  const items = data.series.map((s) => ({ key: s.app, label: s.label, color: colorOf(s.app) }));
  const frame = timeFrame(document, {
    width,
    height,
    from: data.from,
    to: data.to,
    events: data.events,
    showEvents,
    alignOn,
    ariaLabel,
    className: `daily-downloads ${mode}`,
    header: (plotWidth) => chartHeader(document, items, axisTitle(mode, baselineLabel), plotWidth),
  });
  const { x, left, right, top, bottom } = frame;

  const values = data.series
    .flatMap((s) => s.points.flatMap(VALUES[mode]))
    .filter((v): v is number => v != null);
  const { fixedMax, format } = AXES[mode];
  const tickCount = Math.max(2, Math.floor((bottom - top) / 50));
  const max = fixedMax ?? Math.max(...values, mode === 'indexed' ? 100 : 1);
  const y = scaleLinear().domain([0, max]).range([bottom, top]);
  if (fixedMax === undefined) y.nice(tickCount);
  const ticks =
    fixedMax === undefined ? y.ticks(tickCount) : [0, 0.25, 0.5, 0.75, 1].map((t) => t * max);
  const axis = gridAxisLeft(document, y, { left, width: right - left, values: ticks, format });

  const drawn =
    mode === 'share'
      ? shareAreas(document, data.series, { x, y, colorOf })
      : lines(document, data, mode, x, y, colorOf);
  const reference = mode === 'indexed' ? [referenceRule(document, y(100), left, right)] : [];
  const empty = values.length
    ? []
    : [
        emptyNote(
          document,
          'No download estimates for the selection in this range',
          (left + right) / 2,
          (top + bottom) / 2,
        ),
      ];
  // Stacked areas fill the plot: the event rules go over them, not under.
  return mode === 'share'
    ? frame.finish({ under: [axis, drawn], over: empty })
    : frame.finish({ under: [axis, ...reference], over: [drawn, ...empty] });
}
