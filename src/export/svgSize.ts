export interface SvgBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const positive = (value: number) => Number.isFinite(value) && value > 0;

/** The size an svg is drawn at, from its `width` and `height`, else its viewBox's. */
export function svgSize(svg: Element): { width: number; height: number } {
  const box = viewBoxOf(svg);
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  return {
    width: positive(width) ? width : (box?.width ?? 0),
    height: positive(height) ? height : (box?.height ?? 0),
  };
}

/** The svg's viewBox, or null where it has none (or a broken one). */
export function viewBoxOf(svg: Element): SvgBox | null {
  const values = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (values.length !== 4 || !values.every(Number.isFinite)) return null;
  const [x, y, width, height] = values as [number, number, number, number];
  return positive(width) && positive(height) ? { x, y, width, height } : null;
}
