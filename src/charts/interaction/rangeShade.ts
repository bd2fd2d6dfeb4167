import { svgElement } from '../svg';
import { timeFrameOf } from './timeFrameOf';

/** Shades the days [from, to] of a time chart: the range the other charts show. */
export function shadeRange(svg: SVGSVGElement, from: Date, to: Date): void {
  const frame = timeFrameOf(svg);
  if (!frame) return;
  svg.querySelector('g.range-shade')?.remove();
  const left = Math.max(frame.left, frame.x(from));
  const right = Math.min(frame.right, frame.x(to));
  const layer = svgElement(svg.ownerDocument, 'g', {
    class: 'range-shade',
    'pointer-events': 'none',
  });
  layer.append(
    svgElement(svg.ownerDocument, 'rect', {
      x: left,
      y: frame.top,
      width: Math.max(1, right - left),
      height: frame.bottom - frame.top,
      fill: 'currentColor',
      'fill-opacity': 0.1,
      stroke: 'currentColor',
      'stroke-opacity': 0.4,
    }),
  );
  svg.append(layer);
}
