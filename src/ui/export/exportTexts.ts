import type { ExportSettings } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';

export interface ExportTexts {
  readonly title: string;
  readonly subtitle: string;
  readonly notes: string;
  readonly byline: string;
  readonly source: string;
  readonly alt: string;
}

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
