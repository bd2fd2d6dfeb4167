import { fitChart } from './fitChart';
import { svgSize } from './svgSize';

/** Below this much plot height (in layout px, after any scaling down) the data needs the room. */
export const MIN_PLOT_HEIGHT = 90;
/** How much larger a chart may be drawn and scaled down to fit, making its text smaller. */
export const MAX_ZOOM = 1.5;

/** Renders a chart at a size, with its event markers and key or without them. */
export type ChartWithEvents = (width: number, height: number, events: boolean) => SVGSVGElement;

export interface ChartFit {
  /** Whether the chart keeps its event markers and key. */
  readonly events: boolean;
  /** How many times larger the chart is drawn, to be scaled down into the room. */
  readonly zoom: number;
  /** Whether the chart had events to show and they were left out. */
  readonly eventsLeftOut: boolean;
  /** Whether every try leaves the plot less than MIN_PLOT_HEIGHT. */
  readonly cramped: boolean;
}

/** The plot's height once the chart is fitted into the room; null when the chart does not say. */
function plotHeight(svg: SVGSVGElement, width: number, height: number): number | null {
  const top = Number.parseFloat(svg.getAttribute('data-plot-top') ?? '');
  const bottom = Number.parseFloat(svg.getAttribute('data-plot-bottom') ?? '');
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return null;
  const size = svgSize(svg);
  return (bottom - top) * Math.min(1, width / size.width, height / size.height);
}

/**
 * How to draw a chart into a room so its plot keeps room for the data. A time chart puts its
 * numbered event markers above the plot and their key below it, and its legend above; in a small
 * export they squeeze the plot to a sliver. In order: the chart as it is; without its events;
 * drawn larger without events and scaled down (smaller text, as print can take). When none
 * leaves the plot its least room, the try with the tallest plot, and `cramped`.
 */
export function chartFit(chart: ChartWithEvents, width: number, height: number): ChartFit {
  const tries = [
    { events: true, zoom: 1 },
    { events: false, zoom: 1 },
    { events: false, zoom: MAX_ZOOM },
  ];
  let hasEvents = false;
  let best: { events: boolean; zoom: number; plot: number } | null = null;
  for (const { events, zoom } of tries) {
    // Without events to leave out, the second try would draw the first again.
    if (!events && zoom === 1 && !hasEvents) continue;
    const svg = fitChart((w, h) => chart(w * zoom, h * zoom, events), width, height);
    if (events) hasEvents = svg.querySelector('.event-key') !== null;
    const plot = plotHeight(svg, width, height);
    if (plot === null || plot >= MIN_PLOT_HEIGHT) {
      return { events, zoom, eventsLeftOut: hasEvents && !events, cramped: false };
    }
    // Smaller text is worth it only for a taller plot.
    if (!events && (!best || plot > best.plot * 1.1)) best = { events, zoom, plot };
  }
  return {
    events: false,
    zoom: best?.zoom ?? 1,
    eventsLeftOut: hasEvents,
    cramped: true,
  };
}
