import {
  encodeExport,
  EXPORT_PARAMETER_NAMES,
  type ExportSettings,
} from '../../state/exportSettings';

/** This page's URL with the export dialog's settings, or with none when `settings` is null. */
export function exportUrl(location: Location, settings: ExportSettings | null): string {
  const params = new URLSearchParams(location.search);
  for (const name of EXPORT_PARAMETER_NAMES) params.delete(name);
  if (settings) encodeExport(settings, params);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}
