import { describe, expect, it } from 'vitest';
import {
  customSize,
  displaySize,
  EXPORT_SIZES,
  layoutSize,
  mmToPixels,
  printSize,
} from '../../src/export/exportSizes';

describe('export sizes', () => {
  it.each([
    // 60 / 25.4 × 300 = 708.66; 125 / 25.4 × 300 = 1476.38; 25.4 mm is one inch.
    [60, 300, 709],
    [125, 300, 1476],
    [25.4, 300, 300],
    [37.5, 300, 443],
    [78.125, 300, 923],
    [25.4, 96, 96],
  ])('makes %d mm at %d dpi %d pixels', (mm, dpi, pixels) => {
    expect(mmToPixels(mm, dpi)).toBe(pixels);
  });

  it('gives a print column 16:10 at 300 dpi unless its height is given', () => {
    expect(printSize('p', 'P', 60)).toEqual({
      id: 'p',
      label: 'P',
      width: 709,
      height: 443,
      scale: 3.125,
      mm: { width: 60, height: 37.5 },
    });
    expect(printSize('p', 'P', 125, 100)).toMatchObject({ width: 1476, height: 1181 });
  });

  it('has the web, social and print presets at their pixel sizes', () => {
    expect(EXPORT_SIZES.map((s) => [s.id, s.width, s.height])).toEqual([
      ['web', 640, 400],
      ['wide', 1200, 675],
      ['square', 1080, 1080],
      ['print-1col', 709, 945],
      ['print-2col', 1476, 923],
    ]);
  });

  it('lays a size out at its pixels over its scale', () => {
    const wide = EXPORT_SIZES.find((s) => s.id === 'wide')!;
    expect(layoutSize(wide)).toEqual({ width: 600, height: 337.5 });
    const column = printSize('p', 'P', 60);
    // 709 px at 300 dpi is 226.88 px at the 96 CSS px to the inch.
    expect(layoutSize(column).width).toBeCloseTo(226.88, 2);
  });

  it('rounds a custom size and keeps it within limits', () => {
    expect(customSize(800.4, 450.6)).toEqual({
      id: 'custom',
      label: 'Custom',
      width: 800,
      height: 451,
      scale: 1,
    });
    expect(customSize(10, 99_999)).toMatchObject({ width: 200, height: 4000 });
    expect(customSize(Number.NaN, 500)).toMatchObject({ width: 200, height: 500 });
  });

  it('states print sizes in millimetres and screen sizes in pixels', () => {
    expect(displaySize(printSize('p', 'P', 60))).toEqual({ width: '60mm', height: '37.5mm' });
    expect(displaySize(printSize('p', 'P', 125, 80))).toEqual({ width: '125mm', height: '80mm' });
    const wide = EXPORT_SIZES.find((s) => s.id === 'wide')!;
    expect(displaySize(wide)).toEqual({ width: '1200', height: '675' });
  });
});
