import type { Selection } from 'd3';

/** d3's axes set their own font; let them use the chart's. */
export function inheritFont(g: Selection<SVGGElement, unknown, null, undefined>) {
  g.attr('font-family', null).attr('font-size', null);
}
