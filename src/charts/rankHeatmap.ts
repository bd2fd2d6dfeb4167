import { utcDay } from 'd3';
import type { ChartEvent } from './eventMarkers';
import { CellShapes } from './cellShapes';
import { emptyNote } from './emptyNote';
import { rankColorLegend } from './rankColorLegend';
import { svgElement, svgText } from './svg';
import { textWidth } from './textWidth';
import { truncateText } from './truncateText';
import { wrapWords } from './wrapWords';
import { timeFrame, type Block, type TimeFrameOptions } from './timeFrame';

export interface HeatmapCountry {
  readonly code: string;
  readonly name: string;
}

export interface HeatmapCell {
  /** A country's code, as in `countries`. */
  readonly country: string;
  readonly date: Date;
  readonly rank: number;
}

export interface RankHeatmapData {
  readonly app: string;
  readonly label: string;
  /** One row each, in this order. */
  readonly countries: readonly HeatmapCountry[];
  /** Only the days the app is ranked; any other day of a row is drawn as not ranked. */
  readonly cells: readonly HeatmapCell[];
  readonly events: readonly ChartEvent[];
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export type RankHeatmapOptions = Omit<TimeFrameOptions, 'height'>;

const LABEL_FONT_SIZE = 11;
/** A single day is one column, not the whole width. */
const MAX_SINGLE_WIDTH = 40;
const ROW_GAP = 2;
const DAY = 86_400_000;
/** Full names where they leave the cells room; ISO codes on a phone. */
const NAMES_FROM_WIDTH = 560;

/** Rows shrink as countries are added, from 24 px down to 12, the least a label needs. */
const rowHeightFor = (countries: number) =>
  Math.max(12, Math.min(24, Math.floor(360 / Math.max(1, countries))));

/** The title, wrapped to the width (bold text runs about a tenth wider), over the colour key. */
function header(document: Document, label: string, width: number): Block {
  const group = svgElement(document, 'g', { class: 'header' });
  const lines = wrapWords(`${label}: rank by country and day`, 12 * 1.1, width);
  const title = svgElement(document, 'text', {
    class: 'heatmap-title',
    y: 11,
    'font-weight': 600,
    fill: 'currentColor',
  });
  lines.forEach((line, i) => {
    const tspan = svgElement(document, 'tspan', { x: 0, dy: i === 0 ? 0 : 15 });
    tspan.textContent = i < lines.length - 1 ? `${line} ` : line;
    title.append(tspan);
  });
  const titleHeight = 5 + lines.length * 15;
  const key = rankColorLegend(document, width);
  key.element.setAttribute('transform', `translate(0,${titleHeight})`);
  group.append(title, key.element);
  return { element: group, height: titleHeight + key.height };
}

/**
 * One app's rank in each country (rows) on each day (columns), coloured by rank on a log scale;
 * days it is not ranked are faint cells of the text colour, unlike any rank's colour. The cells of
 * one rank are one path (`data-rank`), so years of days in fifty countries stay a few hundred
 * elements, not tens of thousands (issue 7: a rect per cell took a second to draw).
 */
export function rankHeatmap(
  data: RankHeatmapData,
  options: RankHeatmapOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    ariaLabel = `Rank of ${data.label} by country`,
    showEvents = true,
  } = options;
  const useNames = width >= NAMES_FROM_WIDTH;
  const maxLabelWidth = width * 0.3;
  const labels = data.countries.map((c) =>
    truncateText(useNames ? c.name : c.code, LABEL_FONT_SIZE, maxLabelWidth),
  );
  const labelWidth = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_FONT_SIZE)));
  const rowHeight = rowHeightFor(data.countries.length);
  const frame = timeFrame(document, {
    width,
    plotHeight: Math.max(1, data.countries.length) * rowHeight,
    from: data.from,
    to: data.to,
    events: data.events,
    showEvents,
    alignOn: options.alignOn,
    ariaLabel,
    className: 'rank-heatmap',
    margin: { left: Math.max(32, labelWidth + 10) },
    dayColumns: true,
    eventRule: 'solid',
    header: (plotWidth) => header(document, data.label, plotWidth),
  });
  const { x, left, top, bottom, dayWidth } = frame;

  const days = utcDay.range(data.from, utcDay.offset(data.to, 1));
  // Cells by row and day number: tens of thousands of them, so no string keys.
  const row = new Map(data.countries.map((c, i) => [c.code, i]));
  const first = data.from.getTime();
  const dayOf = (date: Date) => Math.round((date.getTime() - first) / DAY);
  const slot = (rowIndex: number, day: number) => rowIndex * days.length + day;
  const rankOn = new Map<number, number>();
  for (const c of data.cells) {
    const rowIndex = row.get(c.country);
    const day = dayOf(c.date);
    if (rowIndex !== undefined && day >= 0 && day < days.length)
      rankOn.set(slot(rowIndex, day), c.rank);
  }
  // A hairline between wide columns keeps days apart; narrow ones would lose too much colour.
  const cellWidth = Math.min(days.length === 1 ? MAX_SINGLE_WIDTH : Infinity, dayWidth);
  const drawnWidth = cellWidth - (cellWidth >= 8 ? 1 : 0);
  const shapes = new CellShapes(drawnWidth === cellWidth);
  const names = svgElement(document, 'g', {
    class: 'country-labels',
    'font-size': LABEL_FONT_SIZE,
    'text-anchor': 'end',
  });
  data.countries.forEach((country, i) => {
    const y = top + i * rowHeight;
    days.forEach((date, day) => {
      const rank = rankOn.get(slot(i, day)) ?? null;
      shapes.add(rank, x(date) - drawnWidth / 2, drawnWidth, y, rowHeight - ROW_GAP);
    });
    shapes.endRow();
    const name = svgText(document, labels[i]!, {
      x: left - 6,
      y: y + (rowHeight - ROW_GAP) / 2,
      dy: '0.32em',
      fill: 'currentColor',
    });
    if (labels[i] !== country.name) {
      const title = svgElement(document, 'title');
      title.textContent = country.name;
      name.append(title);
    }
    names.append(name);
  });
  const cells = svgElement(document, 'g', { class: 'cells', 'shape-rendering': 'crispEdges' });
  cells.append(...shapes.paths(document));
  const note = !data.countries.length
    ? 'No country to show'
    : !data.cells.length
      ? `${data.label} is not ranked in these countries in this range`
      : null;
  const middle = (frame.left + frame.right) / 2;
  const empty = note ? [emptyNote(document, note, middle, (top + bottom) / 2)] : [];
  return frame.finish({ under: [names, cells], over: empty });
}
