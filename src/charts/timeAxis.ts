import { axisBottom, select, type ScaleTime } from 'd3';
import { inheritFont } from './axisFont';
import { svgElement } from './svg';
import { textWidth } from './textWidth';
import type { TimeTicks } from './timeTicks';

export interface TimeAxisSpec {
  /** Where the axis line is drawn. */
  readonly y: number;
  /** The plot's left and right edges: the axis line spans them, even with day columns. */
  readonly left: number;
  readonly right: number;
  /** The svg's width: labels at the edges are nudged inside it rather than cut off. */
  readonly width: number;
  readonly fontSize: number;
}

const LABEL_GAP = 8;

/**
 * The bottom axis of a time chart, with the given ticks. A label that would touch the one
 * before it (a wide first label with the year, a narrow chart) is left out; its tick stays.
 */
export function timeAxis(
  document: Document,
  x: ScaleTime<number, number>,
  ticks: TimeTicks,
  { y, left, right, width, fontSize }: TimeAxisSpec,
): SVGGElement {
  const group = svgElement(document, 'g', { class: 'axis axis-x', transform: `translate(0,${y})` });
  select(group)
    .call(
      axisBottom(x)
        .offset(0)
        .tickValues(ticks.values as Date[])
        .tickFormat((d, i) => ticks.format(d as Date, i))
        .tickSizeOuter(0),
    )
    .call(inheritFont);
  if (fontSize !== 12) group.setAttribute('font-size', String(fontSize));
  group.querySelector('.domain')?.setAttribute('d', `M${left},0H${right}`);
  let previousEnd = -Infinity;
  group.querySelectorAll('.tick text').forEach((text, i) => {
    const at = x(ticks.values[i]!);
    const half = textWidth(text.textContent ?? '', fontSize) / 2;
    const nudge = Math.max(0, half - at) - Math.max(0, at + half - width);
    if (at + nudge - half < previousEnd + LABEL_GAP) {
      text.remove();
      return;
    }
    if (nudge !== 0) text.setAttribute('dx', String(nudge));
    previousEnd = at + nudge + half;
  });
  return group;
}
