import { utcFormat, type ScaleTime } from 'd3';
import { eventLanes } from './eventLanes';
import { svgElement, svgText } from './svg';
import { textWidth } from './textWidth';
import { truncateText } from './truncateText';

export interface ChartEvent {
  readonly date: Date;
  readonly label: string;
}

const MARKER_RADIUS = 7;
const LANE_HEIGHT = 17;
const KEY_ROW_HEIGHT = 17;
const KEY_FONT_SIZE = 11;
const formatKeyDate = utcFormat('%-d %b %Y');

/** Height of the marker lanes above the plot for these events at this scale. */
export function markerLaneCount(events: readonly ChartEvent[], x: ScaleTime<number, number>) {
  const lanes = eventLanes(
    events.map((event) => x(event.date)),
    MARKER_RADIUS * 2 + 2,
  );
  return { lanes, height: lanes.length ? (Math.max(...lanes) + 1) * LANE_HEIGHT : 0 };
}

/**
 * Numbered markers over the plot, each with a rule down to the axis: dashed over lines, or
 * solid and thin over a heat map, where a dashed rule would read as cell edges.
 */
export function eventMarkers(
  document: Document,
  events: readonly ChartEvent[],
  x: ScaleTime<number, number>,
  lanes: readonly number[],
  plotTop: number,
  plotBottom: number,
  rule: 'dashed' | 'solid' = 'dashed',
): SVGGElement {
  const group = svgElement(document, 'g', { class: 'events', 'font-size': 10 });
  events.forEach((event, i) => {
    const cx = x(event.date);
    const cy = plotTop - LANE_HEIGHT * (lanes[i] ?? 0) - MARKER_RADIUS - 3;
    const marker = svgElement(document, 'g', { class: 'event' });
    const title = svgElement(document, 'title');
    title.textContent = `${formatKeyDate(event.date)}: ${event.label}`;
    marker.append(
      title,
      svgElement(document, 'line', {
        x1: cx,
        x2: cx,
        y1: cy + MARKER_RADIUS,
        y2: plotBottom,
        stroke: 'currentColor',
        ...(rule === 'dashed'
          ? { 'stroke-opacity': 0.35, 'stroke-dasharray': '3,3' }
          : { 'stroke-opacity': 0.8, 'stroke-width': 1 }),
      }),
      svgElement(document, 'circle', {
        cx,
        cy,
        r: MARKER_RADIUS,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-opacity': 0.6,
      }),
      svgText(document, String(i + 1), {
        x: cx,
        y: cy + 3.5,
        'text-anchor': 'middle',
        fill: 'currentColor',
      }),
    );
    group.append(marker);
  });
  return group;
}

function tspan(document: Document, text: string, attributes: Record<string, string | number>) {
  const element = svgElement(document, 'tspan', attributes);
  element.textContent = text;
  return element;
}

/** The key under the chart: number, date and label of each event, in one or two columns. */
export function eventKey(
  document: Document,
  events: readonly ChartEvent[],
  width: number,
): { element: SVGGElement; height: number } {
  const group = svgElement(document, 'g', { class: 'event-key', 'font-size': KEY_FONT_SIZE });
  const columns = width >= 720 ? 2 : 1;
  const columnWidth = width / columns;
  const perColumn = Math.ceil(events.length / columns);
  events.forEach((event, i) => {
    const column = Math.floor(i / perColumn);
    const row = i % perColumn;
    const date = formatKeyDate(event.date);
    const prefixWidth = textWidth(`${i + 1}  ${date}  `, KEY_FONT_SIZE);
    const label = truncateText(event.label, KEY_FONT_SIZE, columnWidth - prefixWidth - 12);
    const text = svgElement(document, 'text', {
      x: column * columnWidth,
      y: row * KEY_ROW_HEIGHT + 12,
      fill: 'currentColor',
    });
    text.append(
      tspan(document, String(i + 1), { 'font-weight': 600 }),
      tspan(document, date, { dx: 6, 'fill-opacity': 0.7 }),
      tspan(document, label, { dx: 6 }),
    );
    if (label !== event.label) {
      const title = svgElement(document, 'title');
      title.textContent = event.label;
      text.append(title);
    }
    group.append(text);
  });
  return { element: group, height: perColumn * KEY_ROW_HEIGHT };
}
