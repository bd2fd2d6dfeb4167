import { recolourSeries } from '../../export/colourBlindPalette';
import { eventsFit } from '../../export/eventsFit';
import { exportColours } from '../../export/exportColours';
import { exportLayout, type ExportField } from '../../export/exportLayout';
import { displaySize, layoutSize, type ExportSize } from '../../export/exportSizes';
import { sourceLine, standaloneSvg } from '../../export/standaloneSvg';
import type { ExportSettings } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';
import type { ExportTexts } from './exportTexts';

export interface RenderedExport {
  readonly svg: string;
  /** Texts left out for want of room, in the order given up. */
  readonly dropped: readonly ExportField[];
  /** Whether the chart's events were left out for want of room. */
  readonly eventsLeftOut: boolean;
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
  const fit = box.height >= 1 ? eventsFit(draw, box.width, box.height) : 'none';
  const events = fit !== 'left-out';
  const svg = standaloneSvg(
    {
      ...texts,
      ...layout,
      display: displaySize(size),
      theme: settings.theme,
      chart: (width, height) => draw(width, height, events),
    },
    document,
  );
  return { svg, dropped, eventsLeftOut: !events };
}
