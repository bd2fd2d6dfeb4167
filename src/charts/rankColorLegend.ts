import { scaleLog } from 'd3';
import { rankColor, RANK_DOMAIN } from './rankColor';
import { svgElement, svgText } from './svg';
import type { Block } from './timeFrame';

const RAMP_WIDTH = 180;
const STEPS = 48;
const RAMP_HEIGHT = 10;
const FONT_SIZE = 11;
export const UNRANKED_OPACITY = 0.1;

/** The colour ramp with #1, #10, #100 and #1000 under it, and the swatch of a day not ranked. */
export function rankColorLegend(document: Document, width: number): Block {
  const rampWidth = Math.min(RAMP_WIDTH, width - 100);
  const position = scaleLog()
    .domain(RANK_DOMAIN as [number, number])
    .range([0, rampWidth]);
  const group = svgElement(document, 'g', { class: 'color-legend', 'font-size': FONT_SIZE });
  const ramp = svgElement(document, 'g', { class: 'ramp' });
  for (let i = 0; i < STEPS; i += 1) {
    const rank = position.invert(((i + 0.5) / STEPS) * rampWidth);
    ramp.append(
      svgElement(document, 'rect', {
        x: (i / STEPS) * rampWidth,
        width: rampWidth / STEPS + 0.5,
        height: RAMP_HEIGHT,
        fill: rankColor(rank),
      }),
    );
  }
  group.append(ramp);
  for (const rank of [1, 10, 100, 1000]) {
    const x = position(rank);
    group.append(
      svgElement(document, 'line', {
        x1: x,
        x2: x,
        y1: RAMP_HEIGHT,
        y2: RAMP_HEIGHT + 3,
        stroke: 'currentColor',
      }),
      svgText(document, `#${rank}`, {
        x,
        y: RAMP_HEIGHT + 14,
        'text-anchor': rank === 1 ? 'start' : 'middle',
        fill: 'currentColor',
      }),
    );
  }
  const unranked = svgElement(document, 'g', {
    class: 'unranked-key',
    transform: `translate(${rampWidth + 24},0)`,
  });
  unranked.append(
    svgElement(document, 'rect', {
      width: 14,
      height: RAMP_HEIGHT,
      fill: 'currentColor',
      'fill-opacity': UNRANKED_OPACITY,
    }),
    svgText(document, 'not ranked', { x: 20, y: RAMP_HEIGHT - 1, fill: 'currentColor' }),
  );
  group.append(unranked);
  return { element: group, height: RAMP_HEIGHT + 18 };
}
