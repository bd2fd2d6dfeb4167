import { useEffect, useRef } from 'react';
import { showCrosshair } from '../../charts/interaction/crosshair';
import { attachTimeInteractions } from '../../charts/interaction/timeInteractions';
import { isoDate } from '../../queries/isoDate';
import { useElementWidth } from '../useElementWidth';
import { useSharedHover } from './hoverContext';

export const CHART_DRAWN = 'driftwatch:chart-drawn';
export const CHART_DRAW = 'driftwatch:chart-draw';

/**
 * Marks when a chart was last drawn, for the benchmarks' time from a change to all charts drawn:
 * after the next frame, so the page's layout and paint of the new chart count too.
 */
function markDrawn(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.clearMarks(CHART_DRAWN);
      performance.mark(CHART_DRAWN);
    }),
  );
}

interface TimeChartMountProps {
  /** Draws the chart at the given width; the result replaces what was there. */
  readonly render: (width: number, document: Document) => SVGSVGElement;
  /** A range brushed on the chart (ISO days), to become the view's range. */
  readonly onBrush?: (from: string, to: string) => void;
  /** A click on a legend entry of the chart (an app). */
  readonly onLegend?: (key: string) => void;
}

/**
 * Hosts a time chart: redrawn at the container's width, with the shared crosshair drawn over it
 * and the hover and brush reported to the rest of the page.
 */
export function TimeChartMount({ render, onBrush, onLegend }: TimeChartMountProps) {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, 900);
  const { date, setDate } = useSharedHover();
  const svg = useRef<SVGSVGElement | null>(null);
  const brushed = useRef(onBrush);
  const legend = useRef(onLegend);
  useEffect(() => {
    brushed.current = onBrush;
    legend.current = onLegend;
  }, [onBrush, onLegend]);

  useEffect(() => {
    const element = container.current;
    if (!element || width <= 0) return;
    const start = performance.now();
    const chart = render(width, document);
    element.replaceChildren(chart);
    svg.current = chart;
    performance.measure(CHART_DRAW, { start, detail: chart.getAttribute('aria-label') });
    performance.clearMeasures(CHART_DRAW);
    markDrawn();
    return attachTimeInteractions(chart, {
      onHover: setDate,
      onBrush: (from, to) => brushed.current?.(isoDate(from), isoDate(to)),
      onLegend: (key) => legend.current?.(key),
    });
  }, [render, width, setDate]);

  useEffect(() => {
    if (svg.current) showCrosshair(svg.current, date);
  }, [date, render, width]);

  return <div className="chart-mount" ref={container} />;
}
