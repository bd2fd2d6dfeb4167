import { legend, type LegendItem } from './legend';
import { svgElement } from './svg';
import type { Block } from './timeFrame';
import { wrapWords } from './wrapWords';

const TITLE_FONT_SIZE = 11;
const LINE_HEIGHT = 14;

/** The legend, and under it what the value axis measures, wrapped to the plot's width. */
export function chartHeader(
  document: Document,
  items: readonly LegendItem[],
  axisTitle: string,
  width: number,
): Block {
  const group = svgElement(document, 'g', { class: 'header' });
  const key = legend(document, items, width);
  const lines = wrapWords(axisTitle, TITLE_FONT_SIZE, width);
  const title = svgElement(document, 'text', {
    class: 'axis-title',
    y: key.height + 10,
    'font-size': TITLE_FONT_SIZE,
    fill: 'currentColor',
    'fill-opacity': 0.75,
  });
  lines.forEach((line, i) => {
    const tspan = svgElement(document, 'tspan', { x: 0, dy: i === 0 ? 0 : LINE_HEIGHT });
    // The space keeps the words apart in textContent, which joins the lines.
    tspan.textContent = i < lines.length - 1 ? `${line} ` : line;
    title.append(tspan);
  });
  group.append(key.element, title);
  return { element: group, height: key.height + lines.length * LINE_HEIGHT + 4 };
}
