import { useEffect, useRef } from 'react';
import { useElementWidth } from './useElementWidth';

interface ChartMountProps {
  /** Draws the chart at the given width; the result replaces what was there. */
  readonly render: (width: number, document: Document) => SVGSVGElement;
}

/** Hosts an SVG from a pure chart function, redrawn at the container's width. */
export function ChartMount({ render }: ChartMountProps) {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, 900);
  useEffect(() => {
    const element = container.current;
    if (!element || width <= 0) return;
    element.replaceChildren(render(width, document));
  }, [render, width]);
  return <div className="chart-mount" ref={container} />;
}
