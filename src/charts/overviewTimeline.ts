import { scaleLinear, scaleLog } from 'd3';
import { appColor } from './appColors';
import { gappedLine } from './gappedLine';
import { svgElement } from './svg';
import { timeFrame } from './timeFrame';

export interface OverviewPoint {
  readonly date: Date;
  /** null: no value that day (a gap). */
  readonly value: number | null;
}

export interface OverviewSeries {
  readonly app: string;
  readonly label: string;
  readonly points: readonly OverviewPoint[];
}

export interface OverviewTimelineData {
  readonly series: readonly OverviewSeries[];
  /** The whole extent of the data, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export interface OverviewTimelineOptions {
  readonly width?: number;
  readonly height?: number;
  readonly ariaLabel?: string;
  /** `rank`: a log scale with #1 at the top; `amount`: a linear scale from 0 up. */
  readonly valueIs?: 'amount' | 'rank';
  readonly colorOf?: (app: string) => string;
}

/**
 * A short context chart of the whole data extent, for brushing a range: thin lines, months or
 * years on the axis, and the same plot geometry attributes as the time charts, so the UI attaches
 * its brush the same way. Its left and right margins match theirs, so dates line up.
 */
export function overviewTimeline(
  data: OverviewTimelineData,
  options: OverviewTimelineOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    height = 60,
    ariaLabel = 'Overview of the whole period',
    valueIs = 'amount',
    colorOf = appColor,
  } = options;
  const frame = timeFrame(document, {
    width,
    height,
    from: data.from,
    to: data.to,
    events: [],
    showEvents: false,
    ariaLabel,
    className: 'overview-timeline',
    margin: { top: 4, bottom: 18 },
    ticks: 'overview',
    axisFontSize: 10,
  });
  const { x, top, bottom } = frame;
  const values = data.series.flatMap((s) => s.points.flatMap((p) => p.value ?? []));
  const max = Math.max(...values, valueIs === 'rank' ? 10 : 1);
  const y =
    valueIs === 'rank'
      ? scaleLog().domain([1, max]).range([top, bottom])
      : scaleLinear().domain([0, max]).range([bottom, top]);
  const lines = svgElement(document, 'g', { class: 'series', fill: 'none' });
  for (const s of data.series) {
    const group = svgElement(document, 'g', { class: 'app', 'data-app': s.app });
    group.append(
      ...gappedLine(document, s.points, {
        x: (p) => x(p.date),
        y: (p) => (p.value == null || (valueIs === 'rank' && p.value < 1) ? null : y(p.value)),
        color: colorOf(s.app),
        width: 1.25,
      }),
    );
    lines.append(group);
  }
  return frame.finish({ over: [lines] });
}
