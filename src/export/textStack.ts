import { svgElement, svgText } from '../charts/svg';
import { wrapText } from './wrapText';

export interface TextStyle {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly fontWeight?: number;
}

export interface StackItem {
  readonly text: string;
  readonly style: TextStyle;
  readonly fill: string;
  /** Names the block for people editing the file (`export-title`); not needed for looks. */
  readonly className: string;
}

/** Bold text runs about a tenth wider than the estimate for regular text. */
const BOLD_WIDTH = 1.1;

/** Each item's lines at this width; an empty text has none. */
function wrapped(items: readonly StackItem[], width: number) {
  return items
    .map((item) => {
      const bold = (item.style.fontWeight ?? 400) >= 600;
      return {
        item,
        lines: wrapText(item.text, item.style.fontSize * (bold ? BOLD_WIDTH : 1), width),
      };
    })
    .filter((w) => w.lines.length);
}

/** The height of text blocks one under another, each wrapped to `width`, `gap` between. */
export function stackHeight(items: readonly StackItem[], width: number, gap: number): number {
  const blocks = wrapped(items, width);
  const lines = blocks.reduce((sum, b) => sum + b.lines.length * b.item.style.lineHeight, 0);
  return lines + Math.max(0, blocks.length - 1) * gap;
}

/**
 * Text blocks one under another, each wrapped to `width`, with `gap` between blocks; empty
 * texts take no room. Lines are `<text>` elements with their own baseline, as an editor expects.
 */
export function textStack(
  document: Document,
  items: readonly StackItem[],
  width: number,
  gap: number,
): SVGGElement {
  const element = svgElement(document, 'g');
  let top = 0;
  for (const { item, lines } of wrapped(items, width)) {
    const { style } = item;
    const block = svgElement(document, 'g', {
      class: item.className,
      'font-size': style.fontSize,
      fill: item.fill,
      ...(style.fontWeight ? { 'font-weight': style.fontWeight } : {}),
    });
    // The baseline sits where the font's ascent, centred in the line's height, would put it.
    const ascent = (style.lineHeight - style.fontSize) / 2 + style.fontSize * 0.8;
    lines.forEach((line, i) => {
      const y = Math.round((top + i * style.lineHeight + ascent) * 100) / 100;
      block.append(svgText(document, line, { x: 0, y }));
    });
    element.append(block);
    top += lines.length * style.lineHeight + gap;
  }
  return element;
}
