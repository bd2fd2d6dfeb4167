import { chartRoot } from './chartRoot';
import { svgElement, svgText } from './svg';
import { textWidth } from './textWidth';
import { wrapWords } from './wrapWords';

export interface TableChartColumn {
  readonly header: string;
  /** Numbers are set right-aligned, so their digits line up. */
  readonly numeric?: boolean;
}

export interface TableChartData {
  readonly columns: readonly TableChartColumn[];
  /** One string per column; the first column names the row and is set in bold. */
  readonly rows: readonly (readonly string[])[];
}

export interface TableChartOptions {
  readonly width?: number;
  readonly ariaLabel?: string;
  readonly fontSize?: number;
}

const PAD = 8;
/** Bold text (headers, the first column) is this much wider than textWidth's regular estimate. */
const BOLD = 1.1;
const LINE = 1.35;
/** A header is wrapped into at most this many lines when the table is short of room. */
const HEADER_LINES = 3;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Column widths: each column's natural width (its widest cell and its header on one line) when
 * they all fit in `width`, shared out to fill it; otherwise each column's least width (its
 * header wrapped into HEADER_LINES) and the room left given to the headers that need least of it to fit on one line.
 */
function columnWidths(data: TableChartData, fontSize: number, width: number): number[] {
  const bold = (text: string) => textWidth(text, fontSize) * BOLD;
  const cell = (text: string, c: number) => (c === 0 ? bold(text) : textWidth(text, fontSize));
  const measure = (c: number, header: number) =>
    Math.max(...data.rows.map((row) => cell(row[c] ?? '', c)), header) + 2 * PAD;
  const natural = data.columns.map((column, c) => measure(c, bold(column.header)));
  const least = data.columns.map((column, c) => {
    const words = column.header.split(/\s+/).map(bold);
    return measure(c, Math.max(bold(column.header) / HEADER_LINES, ...words));
  });
  const full = sum(natural);
  if (full <= width) return natural.map((w) => w + ((width - full) * w) / full);
  // The room left goes to the headers that need least to fit on one line first: most of them do.
  const widths = [...least];
  let spare = Math.max(0, width - sum(least));
  const byNeed = natural
    .map((w, c) => c)
    .sort((a, b) => natural[a]! - least[a]! - (natural[b]! - least[b]!));
  for (const c of byNeed) {
    const grant = Math.min(spare, natural[c]! - least[c]!);
    widths[c]! += grant;
    spare -= grant;
  }
  return widths;
}

/**
 * A small table drawn as SVG, for figures that are a table rather than a chart (the key figures),
 * so they export like the charts. Columns get their least width and share what is left of
 * `width`; a table wider than `width` comes out wider, for the export to scale down.
 */
export function tableChart(
  data: TableChartData,
  options: TableChartOptions,
  document: Document,
): SVGSVGElement {
  const { width = 900, ariaLabel = 'Table', fontSize = 12 } = options;
  const widths = columnWidths(data, fontSize, width);
  const total = sum(widths);
  const lefts = widths.map((_, i) => sum(widths.slice(0, i)));
  const lineHeight = fontSize * LINE;
  const headers = data.columns.map((column, c) =>
    wrapWords(column.header, fontSize * BOLD, widths[c]! - 2 * PAD),
  );
  const headerHeight = Math.max(...headers.map((lines) => lines.length)) * lineHeight + PAD;
  const rowHeight = lineHeight + PAD;
  const height = headerHeight + data.rows.length * rowHeight + 1;
  const svg = chartRoot(document, {
    width: Math.max(width, total),
    height,
    ariaLabel,
    className: 'table-chart',
  });

  const x = (c: number) =>
    data.columns[c]!.numeric ? lefts[c]! + widths[c]! - PAD : lefts[c]! + PAD;
  const anchor = (c: number) => (data.columns[c]!.numeric ? 'end' : 'start');
  const head = svgElement(document, 'g', { class: 'table-head', 'font-weight': 600 });
  headers.forEach((lines, c) => {
    // Headers sit on the rule under them, so a one-line header lines up with a three-line one.
    const top = headerHeight - PAD / 2 - lines.length * lineHeight;
    lines.forEach((line, i) =>
      head.append(
        svgText(document, line, {
          x: x(c),
          y: top + (i + 0.8) * lineHeight,
          'text-anchor': anchor(c),
          fill: 'currentColor',
        }),
      ),
    );
  });
  const rule = (y: number, opacity: number) =>
    svgElement(document, 'line', {
      x1: 0,
      x2: Math.max(width, total),
      y1: y,
      y2: y,
      stroke: 'currentColor',
      'stroke-opacity': opacity,
    });
  svg.append(head, rule(headerHeight, 0.6));

  data.rows.forEach((row, r) => {
    const top = headerHeight + r * rowHeight;
    const group = svgElement(document, 'g', { class: 'table-row' });
    row.forEach((cell, c) =>
      group.append(
        svgText(document, cell, {
          x: x(c),
          y: top + PAD / 2 + 0.8 * lineHeight,
          'text-anchor': anchor(c),
          fill: 'currentColor',
          ...(c === 0 ? { 'font-weight': 600 } : {}),
        }),
      ),
    );
    group.append(rule(top + rowHeight, 0.15));
    svg.append(group);
  });
  return svg;
}
