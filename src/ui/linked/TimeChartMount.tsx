import { useEffect, useRef } from 'react';
import { showCrosshair } from '../../charts/interaction/crosshair';
import { attachTimeInteractions } from '../../charts/interaction/timeInteractions';
import { isoDate } from '../../queries/isoDate';
import { useElementWidth } from '../useElementWidth';
import { useSharedHover } from './hoverContext';

export const CHART_DRAWN = 'driftwatch:chart-drawn';

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
    const chart = render(width, document);
    element.replaceChildren(chart);
    svg.current = chart;
    // When a chart was last drawn, for the benchmarks' time from a change to all charts drawn.
    performance.clearMarks(CHART_DRAWN);
    performance.mark(CHART_DRAWN);
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
