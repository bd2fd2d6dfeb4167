import { describe, expect, it } from 'vitest';
import { showCrosshair } from '../../../src/charts/interaction/crosshair';
import { dayAt, timeFrameOf } from '../../../src/charts/interaction/timeFrameOf';
import { svgElement } from '../../../src/charts/svg';
import { jsdomDocument } from '../../helpers/jsdomDocument';

function frameSvg(attributes: Record<string, string | number>) {
  const document = jsdomDocument();
  const svg = svgElement(document, 'svg', attributes);
  svg.append(svgElement(document, 'g', { class: 'crosshair' }));
  return svg;
}

const tenDays = {
  'data-plot-left': 50,
  'data-plot-right': 950,
  'data-plot-top': 10,
  'data-plot-bottom': 210,
  'data-from': '2025-01-10',
  'data-to': '2025-01-20',
};
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

describe('time frame of a chart', () => {
  it('maps x positions to the nearest day, clamped to the range', () => {
    const frame = timeFrameOf(frameSvg(tenDays))!;
    expect(dayAt(frame, 50)).toEqual(day(10));
    expect(dayAt(frame, 50 + 90 * 3.4)).toEqual(day(13));
    expect(dayAt(frame, 50 + 90 * 3.6)).toEqual(day(14));
    expect(dayAt(frame, 2000)).toEqual(day(20));
    expect(dayAt(frame, -5)).toEqual(day(10));
  });

  it('is null for an svg that is not a time chart', () => {
    expect(timeFrameOf(frameSvg({ 'data-from': '2025-01-10' }))).toBeNull();
  });
});

describe('crosshair', () => {
  it('draws a rule at the day, moves it, and clears it outside the range', () => {
    const svg = frameSvg(tenDays);
    showCrosshair(svg, day(15));
    const rule = () => svg.querySelector('g.crosshair line');
    expect(rule()?.getAttribute('x1')).toBe('500');
    expect(rule()?.getAttribute('y2')).toBe('210');
    showCrosshair(svg, day(11));
    expect(svg.querySelectorAll('g.crosshair line')).toHaveLength(1);
    expect(rule()?.getAttribute('x1')).toBe('140');
    showCrosshair(svg, day(25));
    expect(rule()).toBeNull();
    showCrosshair(svg, day(12));
    showCrosshair(svg, null);
    expect(rule()).toBeNull();
  });
});
