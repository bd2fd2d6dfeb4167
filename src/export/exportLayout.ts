import type { ExportColours } from './exportColours';
import { exportTypography } from './exportTypography';
import { MIN_CHART_HEIGHT } from './fitChart';
import type { SvgBox } from './svgSize';
import { stackHeight, type StackItem } from './textStack';

export interface ExportText {
  readonly title: string;
  readonly subtitle: string;
  readonly notes: string;
  /** Already the printed line: see sourceLine. */
  readonly source: string;
  readonly byline: string;
}

export type ExportField = keyof ExportText;

export interface ExportLayout {
  readonly padding: number;
  readonly header: readonly StackItem[];
  readonly footer: readonly StackItem[];
  /** Where the footer's first line starts. */
  readonly footerTop: number;
  /** The room left for the chart; its height is 0 when the text leaves none. */
  readonly chart: SvgBox;
  /** Fields left out because they left the chart too little room, in the order given up. */
  readonly dropped: readonly ExportField[];
}

/** Given up in this order while the chart has less than its least room; title and source stay. */
const GIVE_UP: readonly ExportField[] = ['notes', 'subtitle', 'byline'];
/** Between the blocks of the header, and of the footer. */
export const HEADER_GAP = 4;
export const FOOTER_GAP = 2;

/**
 * Where the parts of an export go: the title and subtitle at the top, the notes, source and
 * byline at the bottom, the chart between. Where the text would leave the chart less than
 * MIN_CHART_HEIGHT (or half the height, in a small export), notes, subtitle and byline are left
 * out in that order; the UI can say so from `dropped`.
 */
export function exportLayout(
  text: ExportText,
  width: number,
  height: number,
  colours: ExportColours,
): ExportLayout {
  const type = exportTypography(width);
  const { padding, gap } = type;
  const inner = Math.max(1, width - 2 * padding);
  const least = Math.min(MIN_CHART_HEIGHT, (height - 2 * padding) / 2);
  const small = { style: type.small, fill: colours.muted };
  const item = (field: ExportField, rest: Omit<StackItem, 'text' | 'className'>) => ({
    field,
    text: text[field],
    className: `export-${field}`,
    ...rest,
  });
  const all = {
    header: [
      item('title', { style: type.title, fill: colours.ink }),
      item('subtitle', { style: type.subtitle, fill: colours.ink }),
    ],
    footer: [item('notes', small), item('source', small), item('byline', small)],
  };

  const dropped: ExportField[] = [];
  const measure = () => {
    const kept = (items: typeof all.header) => items.filter((i) => !dropped.includes(i.field));
    const header = kept(all.header);
    const footer = kept(all.footer);
    const headerHeight = stackHeight(header, inner, HEADER_GAP);
    const footerHeight = stackHeight(footer, inner, FOOTER_GAP);
    const top = padding + (headerHeight ? headerHeight + gap : 0);
    const footerTop = Math.max(top, height - padding - footerHeight);
    const bottom = footerTop - (footerHeight ? gap : 0);
    const chart = { x: padding, y: top, width: inner, height: Math.max(0, bottom - top) };
    return { padding, header, footer, footerTop, chart, dropped };
  };
  let layout = measure();
  for (const field of GIVE_UP) {
    if (layout.chart.height >= least) break;
    if (!text[field].trim()) continue;
    dropped.push(field);
    layout = measure();
  }
  return layout;
}
