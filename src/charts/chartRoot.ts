import { svgElement } from './svg';

export interface ChartRootSpec {
  readonly width: number;
  readonly height: number;
  /** What the chart shows, in words: its accessible name and its title when exported. */
  readonly ariaLabel: string;
  /** Extra classes after `chart`, e.g. `rank-history`. */
  readonly className: string;
}

export const CHART_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** The root `<svg>` of every chart: sized, named for assistive technology, in the page's font. */
export function chartRoot(document: Document, spec: ChartRootSpec): SVGSVGElement {
  const { width, height, ariaLabel, className } = spec;
  const svg = svgElement(document, 'svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': ariaLabel,
    'font-family': CHART_FONT,
    'font-size': 12,
    class: `chart ${className}`,
  });
  const title = svgElement(document, 'title');
  title.textContent = ariaLabel;
  svg.append(title);
  return svg;
}
