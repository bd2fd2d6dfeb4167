/**
 * An export's size. `width` and `height` are the pixels of the file; `scale` is how many of them
 * make one layout px, so text keeps a readable size: lay the export out at `layoutSize(size)`
 * (standaloneSvg) and rasterise it with `svgToPng(svg, layout.width, layout.height, scale)`.
 */
export interface ExportSize {
  readonly id: string;
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  /** A print size's physical size, for the SVG file's width and height. */
  readonly mm?: { readonly width: number; readonly height: number };
}

const MM_PER_INCH = 25.4;
/** CSS px per inch: the charts' 12 px text comes out at 9 pt in print. */
const CSS_DPI = 96;
export const PRINT_DPI = 300;

/** Pixels for a length in millimetres at a resolution: round(mm / 25.4 × dpi). */
export function mmToPixels(mm: number, dpi = PRINT_DPI): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/**
 * A print size at 300 dpi: a column `widthMm` wide, 16:10 unless the height is given. Laid out
 * at CSS px (96 per inch), so a 60 mm column has the room, and the type, of a 227 px chart.
 */
export function printSize(
  id: string,
  label: string,
  widthMm: number,
  heightMm?: number,
): ExportSize {
  const height = heightMm ?? (widthMm * 10) / 16;
  return {
    id,
    label,
    width: mmToPixels(widthMm),
    height: mmToPixels(height),
    scale: PRINT_DPI / CSS_DPI,
    mm: { width: widthMm, height: Math.round(height * 10) / 10 },
  };
}

/** Limits of a custom size, in px: the smallest chart that still reads, the largest canvas. */
export const CUSTOM_MIN = 200;
export const CUSTOM_MAX = 4000;

/** A size the reader typed, rounded and kept within CUSTOM_MIN..CUSTOM_MAX; NaN gives the least. */
export function customSize(width: number, height: number, scale = 1): ExportSize {
  const clamp = (v: number) =>
    Number.isFinite(v) ? Math.min(CUSTOM_MAX, Math.max(CUSTOM_MIN, Math.round(v))) : CUSTOM_MIN;
  return { id: 'custom', label: 'Custom', width: clamp(width), height: clamp(height), scale };
}

/**
 * The presets. Social cards are drawn at half size and doubled, as a phone shows them smaller
 * than their pixels; the web size is the page's own.
 */
export const EXPORT_SIZES: readonly ExportSize[] = [
  { id: 'web', label: 'Web (640 × 400)', width: 640, height: 400, scale: 1 },
  { id: 'wide', label: 'Social, wide (1200 × 675)', width: 1200, height: 675, scale: 2 },
  { id: 'square', label: 'Social, square (1080 × 1080)', width: 1080, height: 1080, scale: 2 },
  // A column this narrow at 16:10 would leave no room under its title and source line.
  printSize('print-1col', 'Print, one column (60 mm, 300 dpi)', 60, 80),
  printSize('print-2col', 'Print, two columns (125 mm, 300 dpi)', 125),
];

/** The size to lay an export out at: its pixels over its scale. */
export function layoutSize(size: ExportSize): { width: number; height: number } {
  return { width: size.width / size.scale, height: size.height / size.scale };
}

/**
 * The width and height an SVG file states: millimetres for print, so a layout program places it
 * at its column width; otherwise the pixels of the size (a social card drawn at half size and
 * shown at full).
 */
export function displaySize(size: ExportSize): { width: string; height: string } {
  if (size.mm) return { width: `${size.mm.width}mm`, height: `${size.mm.height}mm` };
  return { width: String(size.width), height: String(size.height) };
}
