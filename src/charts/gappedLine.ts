import { curveLinear, curveStepAfter, line } from 'd3';
import { svgElement } from './svg';

export interface GappedLineSpec<P> {
  readonly x: (point: P) => number;
  /** null: no value that day, so the line breaks there. */
  readonly y: (point: P) => number | null;
  readonly color: string;
  readonly width: number;
  readonly className?: string;
  readonly opacity?: number;
  readonly dashed?: boolean;
  readonly step?: boolean;
}

/**
 * One path through a series that breaks where a value is missing, never bridging or dropping to
 * zero; a value alone between two gaps has no segment, so it is drawn as a dot.
 */
export function gappedLine<P>(
  document: Document,
  points: readonly P[],
  spec: GappedLineSpec<P>,
): SVGElement[] {
  const { x, y, color, width, className = 'line', opacity, dashed, step } = spec;
  const path = line<P>()
    .defined((p) => y(p) != null)
    .x(x)
    .y((p) => y(p) ?? 0)
    .curve(step ? curveStepAfter : curveLinear);
  const elements: SVGElement[] = [
    svgElement(document, 'path', {
      class: className,
      stroke: color,
      'stroke-width': width,
      'stroke-linejoin': 'round',
      ...(opacity === undefined ? {} : { 'stroke-opacity': opacity }),
      ...(dashed ? { 'stroke-dasharray': '6,3' } : {}),
      d: path(points as P[]) ?? '',
    }),
  ];
  const has = (i: number) => i >= 0 && i < points.length && y(points[i]!) != null;
  points.forEach((p, i) => {
    if (!has(i) || has(i - 1) || has(i + 1)) return;
    elements.push(
      svgElement(document, 'circle', {
        class: 'isolated',
        cx: x(p),
        cy: y(p)!,
        r: Math.max(1.5, width + 0.5),
        fill: color,
        ...(opacity === undefined ? {} : { 'fill-opacity': opacity }),
      }),
    );
  });
  return elements;
}
