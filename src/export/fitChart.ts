import { svgSize } from './svgSize';

/** Renders a chart at a size; the UI binds the chart's data, options and document. */
export type ChartAtSize = (width: number, height: number) => SVGSVGElement;

/** Below this a time chart has no room for its plot; smaller spaces get a scaled-down chart. */
export const MIN_CHART_HEIGHT = 120;
const PASSES = 3;

/** The width a chart fills in the room once scaled down (evenly, never up) to fit it. */
function filledWidth(svg: SVGSVGElement, width: number, height: number): number {
  const size = svgSize(svg);
  return Math.min(1, width / size.width, height / size.height) * size.width;
}

/**
 * Renders the chart to fit `width` by `height`. Charts add their event key below the height
 * they are given, so a first render can come out taller: each further pass asks for that much
 * less, until it fits, the chart stops shrinking (a heatmap's height follows its rows, not the
 * ask) or the passes run out. A chart that still overflows will be scaled down (see embedChart),
 * which would leave the room's right side empty: it is drawn once more, wider by as much as it
 * will shrink, and kept if it then fills more of the width.
 */
export function fitChart(chart: ChartAtSize, width: number, height: number): SVGSVGElement {
  let asked = Math.max(MIN_CHART_HEIGHT, height);
  let svg = chart(width, asked);
  for (let pass = 1; pass < PASSES; pass += 1) {
    const drawn = svgSize(svg).height;
    const next = Math.max(MIN_CHART_HEIGHT, asked - (drawn - height));
    if (drawn <= height || next >= asked) break;
    const again = chart(width, next);
    if (svgSize(again).height >= drawn) break;
    svg = again;
    asked = next;
  }
  const drawn = svgSize(svg).height;
  if (drawn <= height) return svg;
  const wider = chart((width * drawn) / height, asked);
  return filledWidth(wider, width, height) > filledWidth(svg, width, height) ? wider : svg;
}
