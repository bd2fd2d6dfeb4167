import { svgElement } from '../svg';
import { timeFrameOf } from './timeFrameOf';

/** Draws, moves or clears the vertical rule of a shared crosshair in a time chart. */
export function showCrosshair(svg: SVGSVGElement, date: Date | null): void {
  const layer = svg.querySelector<SVGGElement>('g.crosshair');
  const frame = timeFrameOf(svg);
  if (!layer || !frame) return;
  const [first, last] = frame.x.domain();
  if (!date || date < first! || date > last!) {
    layer.replaceChildren();
    return;
  }
  const x = frame.x(date);
  let rule = layer.querySelector('line');
  if (!rule) {
    rule = svgElement(svg.ownerDocument, 'line', {
      stroke: 'currentColor',
      'stroke-opacity': 0.55,
      'stroke-width': 1,
    });
    layer.replaceChildren(rule);
  }
  rule.setAttribute('x1', String(x));
  rule.setAttribute('x2', String(x));
  rule.setAttribute('y1', String(frame.top));
  rule.setAttribute('y2', String(frame.bottom));
}
