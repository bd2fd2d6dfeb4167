import type { ExportTexts } from '../../export/standaloneSvg';
import type { ExportSettings } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';

/** The texts of an export: the reader's edits, else what the chart generated. */
export function exportTexts(chart: ChartExport, settings: ExportSettings): ExportTexts {
  return {
    title: settings.title ?? chart.title,
    subtitle: settings.subtitle ?? chart.subtitle,
    notes: settings.notes,
    byline: settings.byline,
    source: settings.source ?? chart.source,
    alt: settings.alt ?? chart.alt,
  };
}
