import { axisLeft, select, type AxisScale } from 'd3';
import { inheritFont } from './axisFont';
import { svgElement } from './svg';

export interface GridAxisSpec {
  /** The plot's left edge and width: labels go left of it, gridlines across it. */
  readonly left: number;
  readonly width: number;
  readonly values: readonly number[];
  readonly format: (value: number) => string;
}

/** A value axis as faint gridlines across the plot, labelled on the left, without a domain line. */
export function gridAxisLeft(
  document: Document,
  y: AxisScale<number>,
  { left, width, values, format }: GridAxisSpec,
): SVGGElement {
  const group = svgElement(document, 'g', {
    class: 'axis axis-y',
    transform: `translate(${left},0)`,
  });
  select(group)
    .call(
      axisLeft(y)
        .offset(0)
        .tickValues(values)
        .tickFormat((d) => format(Number(d)))
        .tickSize(-width),
    )
    .call(inheritFont)
    .call((g) => g.select('.domain').remove())
    .call((g) => g.selectAll('.tick line').attr('stroke-opacity', 0.12));
  return group;
}
