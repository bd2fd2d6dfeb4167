import { appColor } from './appColors';
import { emptyNote } from './emptyNote';
import type { ChartEvent } from './eventMarkers';
import { gridAxisLeft } from './gridAxisLeft';
import { legend } from './legend';
import { rankLines, type RankPoint, type RankSeries } from './rankLines';
import { rankLabel, rankScale, rankTicks, type RankScaleKind } from './rankScale';
import { timeFrame, type TimeFrameOptions } from './timeFrame';

export type { RankPoint, RankSeries };

export interface RankHistoryData {
  readonly series: readonly RankSeries[];
  readonly events: readonly ChartEvent[];
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export interface RankHistoryOptions extends TimeFrameOptions {
  readonly scale?: RankScaleKind;
  readonly colorOf?: (app: string) => string;
  /** A dot on each day an app is #1, in its colour. */
  readonly markNumberOne?: boolean;
}

export const NOTHING_RANKED = 'No app in the selection is ranked in this chart and range';

/** Every rank in the series, skipping unranked days. */
export function ranksOf(series: readonly RankSeries[]): number[] {
  return series.flatMap((s) => s.points.flatMap((p) => (p.rank == null ? [] : [p.rank])));
}

/**
 * Rank history: one line per app, rank 1 at the top, a gap on days an app is not ranked,
 * numbered event markers with a key below. Pure: the same data and options give the same SVG.
 */
export function rankHistoryChart(
  data: RankHistoryData,
  options: RankHistoryOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    height = 420,
    scale = 'log',
    ariaLabel = 'Rank history',
    showEvents = true,
    alignOn,
    colorOf = appColor,
    markNumberOne = false,
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
    className: 'rank-history',
    header: (plotWidth) => legend(document, items, plotWidth),
  });
  const { x, left, right, top, bottom } = frame;

  const ranks = ranksOf(data.series);
  const y = rankScale(scale, Math.max(...ranks, 1), top, bottom);
  const axis = gridAxisLeft(document, y, {
    left,
    width: right - left,
    values: rankTicks(y, scale, bottom - top),
    format: rankLabel,
  });
  const lines = rankLines(document, data.series, { x, y, colorOf, markNumberOne });
  const empty = ranks.length
    ? []
    : [emptyNote(document, NOTHING_RANKED, (left + right) / 2, (top + bottom) / 2)];
  return frame.finish({ under: [axis], over: [lines, ...empty] });
}
