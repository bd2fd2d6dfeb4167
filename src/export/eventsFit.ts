import { fitChart } from './fitChart';
import { svgSize } from './svgSize';

/** Below this much plot height (in layout px, after any scaling down) the data needs the room. */
export const MIN_PLOT_HEIGHT = 90;

/** Renders a chart at a size, with its event markers and key or without them. */
export type ChartWithEvents = (width: number, height: number, events: boolean) => SVGSVGElement;

export type EventsFit = 'kept' | 'none' | 'left-out';

/**
 * Whether a chart fitted to a box keeps its events: a time chart puts its numbered markers
 * above the plot and their key below it, and in a small export with many events they would
 * squeeze the plot to a sliver. Then the events are left out (`left-out`), for the UI to say so.
 * `none`: the chart has no events to show; a chart that does not state its plot keeps them.
 */
export function eventsFit(chart: ChartWithEvents, width: number, height: number): EventsFit {
  const svg = fitChart((w, h) => chart(w, h, true), width, height);
  if (!svg.querySelector('.event-key')) return 'none';
  const top = Number.parseFloat(svg.getAttribute('data-plot-top') ?? '');
  const bottom = Number.parseFloat(svg.getAttribute('data-plot-bottom') ?? '');
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return 'kept';
  const size = svgSize(svg);
  const scale = Math.min(1, width / size.width, height / size.height);
  return (bottom - top) * scale >= MIN_PLOT_HEIGHT ? 'kept' : 'left-out';
}
