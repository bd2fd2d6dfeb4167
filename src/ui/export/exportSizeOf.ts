import { customSize, EXPORT_SIZES, printSize, type ExportSize } from '../../export/exportSizes';
import type { ExportSettings } from '../../state/exportSettings';

export const PRINT_HEIGHT_MIN = 20;
export const PRINT_HEIGHT_MAX = 500;

/** The size the settings choose: a preset (a print one at the height asked for) or a custom size. */
export function exportSizeOf(settings: ExportSettings): ExportSize {
  if (settings.size === 'custom') return customSize(settings.width, settings.height);
  const preset = EXPORT_SIZES.find((s) => s.id === settings.size) ?? EXPORT_SIZES[0]!;
  if (preset.mm && settings.printHeight !== null) {
    const height = Math.min(PRINT_HEIGHT_MAX, Math.max(PRINT_HEIGHT_MIN, settings.printHeight));
    return printSize(preset.id, preset.label, preset.mm.width, height);
  }
  return preset;
}
