import { recolourSeries } from '../../export/colourBlindPalette';
import { chartFit } from '../../export/chartFit';
import { exportColours } from '../../export/exportColours';
import { exportLayout, type ExportField } from '../../export/exportLayout';
import { MIN_CHART_HEIGHT } from '../../export/fitChart';
import { displaySize, layoutSize, type ExportSize } from '../../export/exportSizes';
import { sourceLine, standaloneSvg } from '../../export/standaloneSvg';
import type { ExportSettings } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';
import type { ExportTexts } from '../../export/standaloneSvg';

export interface RenderedExport {
  readonly svg: string;
  /** Texts left out for want of room, in the order given up. */
  readonly dropped: readonly ExportField[];
  /** Whether the chart's events were left out for want of room. */
  readonly eventsLeftOut: boolean;
  /** Whether the texts leave the chart less than its least room: it is left out or scaled down. */
  readonly chartCramped: boolean;
}

/** The chart as a standalone SVG file, laid out for its size, theme and palette. */
export function renderExport(
  chart: ChartExport,
  texts: ExportTexts,
  size: ExportSize,
  settings: ExportSettings,
  document: Document,
): RenderedExport {
  const layout = layoutSize(size);
  const { chart: box, dropped } = exportLayout(
    { ...texts, source: sourceLine(texts.source) },
    layout.width,
    layout.height,
    exportColours(settings.theme),
  );
  const draw = (width: number, height: number, events: boolean) => {
    const svg = chart.render(width, height, document, events);
    if (settings.palette === 'safe') recolourSeries(svg);
    return svg;
  };
  const fit = box.height >= 1 ? chartFit(draw, box.width, box.height) : null;
  const events = fit?.events ?? false;
  const zoom = fit?.zoom ?? 1;
  const svg = standaloneSvg(
    {
      ...texts,
      ...layout,
      display: displaySize(size),
      theme: settings.theme,
      chart: (width, height) => draw(width * zoom, height * zoom, events),
    },
    document,
  );
  return {
    svg,
    dropped,
    eventsLeftOut: fit?.eventsLeftOut ?? false,
    chartCramped: !fit || fit.cramped || box.height < MIN_CHART_HEIGHT,
  };
}
