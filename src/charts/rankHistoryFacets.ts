import { appColor } from './appColors';
import { emptyNote } from './emptyNote';
import type { ChartEvent } from './eventMarkers';
import { gridAxisLeft } from './gridAxisLeft';
import { legend, type LegendItem } from './legend';
import { NOTHING_RANKED, ranksOf } from './rankHistory';
import { rankLines, type RankSeries } from './rankLines';
import { rankLabel, rankScale, rankTicks, type RankScaleKind } from './rankScale';
import { svgElement, svgText } from './svg';
import { timeFrame, type TimeFrameOptions } from './timeFrame';

/** One panel: the rank lines of one store or one country. */
export interface RankFacet {
  readonly key: string;
  readonly title: string;
  readonly series: readonly RankSeries[];
}

export interface RankHistoryFacetsData {
  readonly facets: readonly RankFacet[];
  readonly events: readonly ChartEvent[];
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export interface RankHistoryFacetsOptions extends Omit<TimeFrameOptions, 'height'> {
  /**
   * The chart's height without its event key, shared by the panels; where that leaves a panel
   * less than MIN_PANEL_HEIGHT, panels get that and the chart is taller.
   */
  readonly height?: number;
  readonly scale?: RankScaleKind;
  readonly colorOf?: (app: string) => string;
  readonly markNumberOne?: boolean;
  /** Height of each panel's plot; the chart grows with the number of panels. */
  readonly panelHeight?: number;
}

const TITLE_HEIGHT = 20;
const PANEL_GAP = 22;
export const MIN_PANEL_HEIGHT = 40;

function legendItems(facets: readonly RankFacet[], colorOf: (app: string) => string) {
  const items = new Map<string, LegendItem>();
  for (const s of facets.flatMap((f) => f.series)) {
    if (!items.has(s.app)) items.set(s.app, { key: s.app, label: s.label, color: colorOf(s.app) });
  }
  return [...items.values()];
}

/**
 * Small multiples of rank history, one panel per store or country, stacked so they share the
 * time axis; every panel has the same rank scale, so heights compare across panels.
 */
export function rankHistoryFacets(
  data: RankHistoryFacetsData,
  options: RankHistoryFacetsOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    panelHeight = 120,
    scale = 'log',
    ariaLabel = 'Rank history by panel',
    showEvents = true,
    alignOn,
    colorOf = appColor,
    markNumberOne = false,
  } = options;
  const count = Math.max(1, data.facets.length);
  const items = legendItems(data.facets, colorOf);
  const spec = (size: { height: number } | { plotHeight: number }) => ({
    width,
    ...size,
    from: data.from,
    to: data.to,
    events: data.events,
    showEvents,
    alignOn,
    ariaLabel,
    className: 'rank-history rank-history-facets',
    header: (plotWidth: number) => legend(document, items, plotWidth),
  });
  const chrome = count * TITLE_HEIGHT + (count - 1) * PANEL_GAP;
  const { height } = options;
  const sized = height === undefined ? null : timeFrame(document, spec({ height }));
  const shared = sized ? (sized.bottom - sized.top - chrome) / count : 0;
  const fits = sized !== null && shared >= MIN_PANEL_HEIGHT;
  const facetHeight = fits ? shared : sized ? MIN_PANEL_HEIGHT : panelHeight;
  const frame = fits
    ? sized
    : timeFrame(document, spec({ plotHeight: count * facetHeight + chrome }));
  const { x, left, right, top, bottom } = frame;
  const maxRank = Math.max(...ranksOf(data.facets.flatMap((f) => f.series)), 1);

  const panels = data.facets.map((facet, i) => {
    const titleY = top + i * (TITLE_HEIGHT + facetHeight + PANEL_GAP);
    const [plotTop, plotBottom] = [titleY + TITLE_HEIGHT, titleY + TITLE_HEIGHT + facetHeight];
    const y = rankScale(scale, maxRank, plotTop, plotBottom);
    const panel = svgElement(document, 'g', { class: 'facet', 'data-facet': facet.key });
    panel.append(
      svgText(document, facet.title, {
        class: 'facet-title',
        x: left,
        y: titleY + 12,
        'font-weight': 600,
        fill: 'currentColor',
      }),
      gridAxisLeft(document, y, {
        left,
        width: right - left,
        values: rankTicks(y, scale, facetHeight),
        format: rankLabel,
      }),
      rankLines(document, facet.series, { x, y, colorOf, markNumberOne }),
    );
    if (ranksOf(facet.series).length === 0) {
      const note = emptyNote(
        document,
        'Not ranked',
        (left + right) / 2,
        (plotTop + plotBottom) / 2,
      );
      note.setAttribute('fill-opacity', '0.7');
      panel.append(note);
    }
    return panel;
  });
  const empty = data.facets.length
    ? []
    : [emptyNote(document, NOTHING_RANKED, (left + right) / 2, (top + bottom) / 2)];
  return frame.finish({ over: [...panels, ...empty] });
}
