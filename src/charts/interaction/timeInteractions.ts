import { brushX, select } from 'd3';
import { dayAt, timeFrameOf } from './timeFrameOf';

export interface TimeInteractionHandlers {
  /** The day under the pointer, or null when it leaves the plot. */
  readonly onHover: (date: Date | null) => void;
  /** A range brushed over the plot: its first and last day. */
  readonly onBrush?: (from: Date, to: Date) => void;
  /** A click on a legend entry: its key (the app). */
  readonly onLegend?: (key: string) => void;
}

/**
 * Hover and brush on a time chart drawn with a time frame. The brush is cleared once it has
 * reported its range: the range then lives in the view, which redraws the charts.
 * Returns a function that removes both.
 */
export function attachTimeInteractions(
  svg: SVGSVGElement,
  { onHover, onBrush, onLegend }: TimeInteractionHandlers,
): () => void {
  const frame = timeFrameOf(svg);
  if (!frame) return () => {};
  const root = select(svg);
  const layer = root.append('g').attr('class', 'brush');
  const brush = brushX<unknown>()
    .extent([
      [frame.left, frame.top],
      [frame.right, frame.bottom],
    ])
    .on('end', (event: { selection: [number, number] | null; sourceEvent?: Event }) => {
      if (!event.selection || !event.sourceEvent) return;
      const [x0, x1] = event.selection;
      const from = dayAt(frame, x0);
      const to = dayAt(frame, x1);
      layer.call(brush.move, null);
      if (onBrush && to > from) onBrush(from, to);
    });
  if (onBrush) layer.call(brush);
  const move = (event: PointerEvent) => {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const inverse = svg.getScreenCTM()?.inverse();
    if (!inverse) return;
    const { x, y } = point.matrixTransform(inverse);
    const inside = x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
    onHover(inside ? dayAt(frame, x) : null);
  };
  const leave = () => onHover(null);
  const click = (event: MouseEvent) => {
    const item = (event.target as Element | null)?.closest?.('.legend-item[data-key]');
    const key = item?.getAttribute('data-key');
    if (key && onLegend) onLegend(key);
  };
  if (onLegend) {
    for (const item of svg.querySelectorAll('.legend-item[data-key]')) {
      item.setAttribute('style', 'cursor: pointer');
    }
  }
  svg.addEventListener('pointermove', move);
  svg.addEventListener('pointerleave', leave);
  svg.addEventListener('click', click);
  return () => {
    svg.removeEventListener('pointermove', move);
    svg.removeEventListener('pointerleave', leave);
    svg.removeEventListener('click', click);
    layer.remove();
  };
}
