import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT } from '../../src/state/exportSettings';
import { exportSizeOf } from '../../src/ui/export/exportSizeOf';

const settings = { ...DEFAULT_EXPORT, chart: 'rank-history' };

describe('the size an export is made at', () => {
  it('takes a preset, and the web size for an unknown one', () => {
    expect(exportSizeOf({ ...settings, size: 'square' })).toMatchObject({
      width: 1080,
      height: 1080,
      scale: 2,
    });
    expect(exportSizeOf({ ...settings, size: 'poster' })).toMatchObject({ id: 'web', width: 640 });
  });

  it('gives a print column the height asked for, within limits', () => {
    const column = { ...settings, size: 'print-1col' };
    expect(exportSizeOf(column)).toMatchObject({ width: 709, height: 945, mm: { height: 80 } });
    expect(exportSizeOf({ ...column, printHeight: 90 })).toMatchObject({ height: 1063 });
    expect(exportSizeOf({ ...column, printHeight: 5 }).mm).toEqual({ width: 60, height: 20 });
  });

  it('keeps a custom size within its limits', () => {
    expect(exportSizeOf({ ...settings, size: 'custom', width: 900, height: 120 })).toMatchObject({
      width: 900,
      height: 200,
      scale: 1,
    });
  });
});
