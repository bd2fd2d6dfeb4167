import type { TextStyle } from './textStack';

export interface ExportTypography {
  readonly title: TextStyle;
  readonly subtitle: TextStyle;
  /** Notes, source and byline. */
  readonly small: TextStyle;
  /** Around everything, to the edge of the export. */
  readonly padding: number;
  /** Between the header and the chart, and the chart and the footer. */
  readonly gap: number;
}

/** Narrower than this (a phone, a newspaper column) the text steps down a size. */
export const COMPACT_BELOW = 480;

const REGULAR: ExportTypography = {
  title: { fontSize: 20, lineHeight: 25, fontWeight: 700 },
  subtitle: { fontSize: 14, lineHeight: 19 },
  small: { fontSize: 12, lineHeight: 16 },
  padding: 20,
  gap: 14,
};

const COMPACT: ExportTypography = {
  title: { fontSize: 16, lineHeight: 20, fontWeight: 700 },
  subtitle: { fontSize: 13, lineHeight: 17 },
  small: { fontSize: 11, lineHeight: 14 },
  padding: 10,
  gap: 10,
};

/** Type sizes and spacing of an export `width` px wide (layout px, before any PNG scale). */
export function exportTypography(width: number): ExportTypography {
  return width < COMPACT_BELOW ? COMPACT : REGULAR;
}
