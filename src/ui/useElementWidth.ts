import { useLayoutEffect, useState, type RefObject } from 'react';

const EDGES = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;

/** What a ResizeObserver reports as the content width, read at once. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const edges = EDGES.reduce((sum, edge) => sum + (parseFloat(style[edge]) || 0), 0);
  return Math.round(element.getBoundingClientRect().width - edges);
}

/**
 * The content width of an element, following resizes; 0 until it is measured, before the first
 * paint, so a chart is drawn once at its width rather than first at a guess. `fallback` is the
 * first width of an element that has no layout yet, as before it was measured.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(contentWidth(element) || fallback);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
