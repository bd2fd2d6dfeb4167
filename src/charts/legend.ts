import { svgElement, svgText } from './svg';
import { textWidth } from './textWidth';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Drawn as a dashed line, for a series whose line is dashed. */
  readonly dashed?: boolean;
}

const FONT_SIZE = 12;
const SWATCH = 14;
const ITEM_GAP = 18;
const ROW_HEIGHT = 20;

/** A legend of colour swatches, wrapped into rows that fit the width. Returns it and its height. */
export function legend(
  document: Document,
  items: readonly LegendItem[],
  width: number,
): { element: SVGGElement; height: number } {
  const group = svgElement(document, 'g', { class: 'legend', 'font-size': FONT_SIZE });
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 6 + textWidth(item.label, FONT_SIZE);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const entry = svgElement(document, 'g', {
      class: 'legend-item',
      'data-key': item.key,
      transform: `translate(${x},${row * ROW_HEIGHT})`,
    });
    entry.append(
      item.dashed
        ? svgElement(document, 'line', {
            x2: SWATCH,
            y1: 5,
            y2: 5,
            stroke: item.color,
            'stroke-width': 3,
            'stroke-dasharray': '4,2',
          })
        : svgElement(document, 'rect', { y: 3, width: SWATCH, height: 4, rx: 1, fill: item.color }),
      svgText(document, item.label, { x: SWATCH + 6, y: 9, fill: 'currentColor' }),
    );
    group.append(entry);
    x += itemWidth + ITEM_GAP;
  }
  return { element: group, height: items.length ? (row + 1) * ROW_HEIGHT : 0 };
}
