import { CHART_FONT } from '../charts/chartRoot';
import { SVG_NS, svgElement } from '../charts/svg';
import { embedChart } from './embedChart';
import { exportColours, type ExportTheme } from './exportColours';
import { exportLayout, FOOTER_GAP, HEADER_GAP } from './exportLayout';
import { fitChart, type ChartAtSize } from './fitChart';
import { inlineInk } from './inlineInk';
import { sanitiseSvg } from './sanitiseSvg';
import { stripInteractive } from './stripInteractive';
import type { SvgBox } from './svgSize';
import { textStack } from './textStack';

/** The words of an export. */
export interface ExportTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly notes: string;
  readonly byline: string;
  /** "Reuters; CNN" or a whole source line; "Source: " is added unless it starts with "Source". */
  readonly source: string;
  /** The text alternative, written as the file's `<desc>`. */
  readonly alt: string;
}

export interface StandaloneSvgInput extends ExportTexts {
  /** Renders the chart at a given size (the UI binds data, options and document). */
  readonly chart: ChartAtSize;
  /** The whole export's size, in px. */
  readonly width: number;
  readonly height: number;
  readonly theme: ExportTheme;
  /** The file's stated width and height when not the layout's px (see displaySize). */
  readonly display?: { readonly width: string; readonly height: string };
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const CLIP_ID = 'driftwatch-export-chart';
/** The font the brief asks for, quoted with ' so the attribute needs no escaping. */
const FONT = CHART_FONT.replace(/"/g, "'");

/** The source line as printed: its own "Source(s):" if it has one. */
export function sourceLine(source: string): string {
  const text = source.trim();
  return !text || /^sources?\b/i.test(text) ? text : `Source: ${text}`;
}

/** The chart fitted to its box, stripped, as a group and the defs its clip path lives in. */
function embeddedChart(render: ChartAtSize, box: SvgBox, document: Document) {
  const svg = fitChart(render, box.width, box.height);
  stripInteractive(svg);
  const { group, clipPath } = embedChart(document, svg, box, CLIP_ID);
  const defs = svgElement(document, 'defs');
  defs.append(clipPath);
  return { group, defs };
}

/**
 * The chart as a complete SVG file for publication: exactly `width` by `height`, its title,
 * subtitle, the chart re-laid out for the space between them and the notes, source and byline;
 * colours, fonts and styles written in, nothing interactive and nothing fetched from elsewhere.
 */
export function standaloneSvg(input: StandaloneSvgInput, document: Document): string {
  const { width, height } = input;
  const colours = exportColours(input.theme);
  const text = { ...input, source: sourceLine(input.source) };
  const layout = exportLayout(text, width, height, colours);
  const { padding, chart: box } = layout;

  const header = textStack(document, layout.header, box.width, HEADER_GAP);
  header.setAttribute('transform', `translate(${padding},${padding})`);
  const footer = textStack(document, layout.footer, box.width, FOOTER_GAP);
  footer.setAttribute('transform', `translate(${padding},${layout.footerTop})`);

  const root = svgElement(document, 'svg', {
    width: input.display?.width ?? width,
    height: input.display?.height ?? height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'export-title export-desc',
    'font-family': FONT,
    'font-size': 12,
    color: colours.ink,
  });
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  const title = svgElement(document, 'title', { id: 'export-title' });
  title.textContent = input.title;
  const desc = svgElement(document, 'desc', { id: 'export-desc' });
  desc.textContent = input.alt;
  // Text that leaves no room at all (a long title on a small print size) leaves out the chart.
  const chart = box.height >= 1 ? embeddedChart(input.chart, box, document) : null;
  root.append(title, desc, ...(chart ? [chart.defs] : []));
  if (colours.background) {
    root.append(svgElement(document, 'rect', { width, height, fill: colours.background }));
  }
  root.append(header, ...(chart ? [chart.group] : []), footer);

  sanitiseSvg(root);
  inlineInk(root, colours.ink);
  const serializer = new (document.defaultView?.XMLSerializer ?? XMLSerializer)();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(root)}\n`;
}
