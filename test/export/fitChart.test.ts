import { describe, expect, it } from 'vitest';
import { svgElement } from '../../src/charts/svg';
import { fitChart, MIN_CHART_HEIGHT } from '../../src/export/fitChart';
import { jsdomDocument } from '../helpers/jsdomDocument';

const document = jsdomDocument();
const svgOf = (width: number, height: number) => svgElement(document, 'svg', { width, height });

/** A chart that draws `extra` px below the height it is given (as an event key does). */
function recording(draw: (width: number, height: number) => number) {
  const calls: [number, number][] = [];
  const chart = (width: number, height: number) => {
    calls.push([width, height]);
    return svgOf(width, draw(width, height));
  };
  return { chart, calls };
}

describe('fitting a chart to the room it has', () => {
  it('asks again for less when the chart draws below its height, until it fits', () => {
    const { chart, calls } = recording((_, h) => h + 50);
    const svg = fitChart(chart, 600, 300);
    expect(calls).toEqual([
      [600, 300],
      [600, 250],
    ]);
    expect(svg.getAttribute('height')).toBe('300');
  });

  it('renders once when the chart fits at first', () => {
    const { chart, calls } = recording((_, h) => h);
    fitChart(chart, 600, 300);
    expect(calls).toHaveLength(1);
  });

  it('stops when asking for less does not make the chart smaller', () => {
    const { chart, calls } = recording(() => 500);
    fitChart(chart, 600, 300);
    expect(calls.slice(0, 2)).toEqual([
      [600, 300],
      [600, MIN_CHART_HEIGHT],
    ]);
  });

  it('draws a chart that must be scaled down once more, wider, so that it fills the width', () => {
    // 500 px tall in 300 px: scaled by 0.6, so drawn 600 / 0.6 = 1000 px wide.
    const { chart, calls } = recording(() => 500);
    const svg = fitChart(chart, 600, 300);
    expect(calls.at(-1)).toEqual([1000, 300]);
    expect(calls).toHaveLength(3);
    expect(svg.getAttribute('width')).toBe('1000');
  });

  it('keeps the narrower chart when the wider one would fill less of the width', () => {
    // Wider renders grow taller still (a legend wrapping, say), so they shrink more.
    const { chart } = recording((w) => (w > 600 ? 2000 : 500));
    expect(fitChart(chart, 600, 300).getAttribute('width')).toBe('600');
  });

  it('makes at most three passes at the height', () => {
    // Each smaller ask comes out a little taller than asked.
    const { chart, calls } = recording((_, h) => h + 40 + (300 - h) / 2);
    fitChart(chart, 600, 300);
    // Asked 300, 260, 240; the last is 310 tall, so the widening pass draws it 600 × 310 / 300.
    expect(calls).toEqual([
      [600, 300],
      [600, 260],
      [600, 240],
      [620, 240],
    ]);
  });

  it(`never asks for less than ${MIN_CHART_HEIGHT} px`, () => {
    const { chart, calls } = recording((_, h) => h + 50);
    fitChart(chart, 600, 40);
    expect(calls.map(([, h]) => h)).toEqual([MIN_CHART_HEIGHT, MIN_CHART_HEIGHT]);
  });
});
