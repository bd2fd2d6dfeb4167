import { describe, expect, it } from 'vitest';
import { timeFrameOf } from '../../src/charts/interaction/timeFrameOf';
import { relativeDayLabel } from '../../src/charts/relativeDayTicks';
import { rankHistoryChart } from '../../src/charts/rankHistory';
import { timeFrame, type TimeFrameSpec } from '../../src/charts/timeFrame';
import { jsdomDocument } from '../helpers/jsdomDocument';
import { day, events, timeTickX } from './chartFixtures';

function frame(spec: Partial<TimeFrameSpec> = {}) {
  return timeFrame(jsdomDocument(), {
    width: 800,
    height: 300,
    from: day(10),
    to: day(19),
    events,
    showEvents: true,
    ariaLabel: 'A chart',
    className: 'test',
    ...spec,
  });
}

const axisLabels = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent);

describe('time frame', () => {
  it('writes its plot area and days on the root, as the crosshair and brush read them', () => {
    const { svg, x, left, right, top, bottom } = frame();
    expect(svg.getAttribute('data-from')).toBe('2025-01-10');
    expect(svg.getAttribute('data-to')).toBe('2025-01-19');
    const read = timeFrameOf(svg)!;
    expect([read.left, read.right, read.top, read.bottom]).toEqual([left, right, top, bottom]);
    expect(read.x(day(14))).toBeCloseTo(x(day(14)), 9);
  });

  it('names the chart for assistive technology with the words it is given', () => {
    const { svg } = frame({ ariaLabel: 'Rank of TikTok, US App Store' });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Rank of TikTok, US App Store');
    expect(svg.getAttribute('aria-hidden')).toBeNull();
  });

  it('puts an empty crosshair layer over the data, ignoring the pointer', () => {
    const { svg, finish } = frame();
    const data = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    finish({ over: [data] });
    const crosshair = svg.querySelector('g.crosshair')!;
    expect(crosshair.childElementCount).toBe(0);
    expect(crosshair.getAttribute('pointer-events')).toBe('none');
    expect(data.compareDocumentPosition(crosshair) & 4).toBe(4);
    expect(crosshair.nextElementSibling?.getAttribute('class')).toBe('event-key');
  });

  it('hides the event markers and their key when told to', () => {
    const shown = frame().finish({});
    const hidden = frame({ showEvents: false }).finish({});
    expect(shown.querySelectorAll('.events .event')).toHaveLength(3);
    expect(hidden.querySelectorAll('.events .event')).toHaveLength(0);
    expect(hidden.querySelector('.event-key')).toBeNull();
    expect(Number(hidden.getAttribute('height'))).toBeLessThan(
      Number(shown.getAttribute('height')),
    );
    expect(timeFrameOf(hidden)!.top).toBeLessThan(timeFrameOf(shown)!.top);
  });

  it('labels the axis in days from the aligning date, with a true minus sign', () => {
    const { svg } = frame({ from: day(1), to: day(31), alignOn: day(15) });
    expect(axisLabels(svg)).toEqual(['\u221214 d', '\u22127 d', '0', '+7 d', '+14 d']);
    expect(timeTickX(svg, '0')).toBeCloseTo(frame({ from: day(1), to: day(31) }).x(day(15)), 6);
  });

  it('steps the aligned axis wider when the range is long or the chart narrow', () => {
    const long = frame({ from: day(1), to: day(120), alignOn: day(18) });
    expect(axisLabels(long.svg)).toContain('+28 d');
    const narrow = frame({ width: 360, from: day(1), to: day(31), alignOn: day(15) });
    expect(axisLabels(narrow.svg)).toEqual(['\u221214 d', '0', '+14 d']);
  });

  it('writes relative days as "0", "+7 d" and "−7 d"', () => {
    expect([relativeDayLabel(0), relativeDayLabel(7), relativeDayLabel(-7)]).toEqual([
      '0',
      '+7 d',
      '\u22127 d',
    ]);
  });

  it('ticks a two-day range once a day, never at hours', () => {
    expect(axisLabels(frame({ from: day(13), to: day(14) }).svg)).toEqual([
      '13 Jan 2025',
      '14 Jan',
    ]);
  });

  it('nudges a label at the edge inside the chart instead of cutting it off', () => {
    const svg = rankHistoryChart(
      { series: [], events: [], from: day(10), to: day(19) },
      { width: 800 },
      jsdomDocument(),
    );
    const last = [...svg.querySelectorAll('.axis-x .tick text')].at(-1)!;
    expect(last.textContent).toBe('19 Jan');
    expect(Number(last.getAttribute('dx'))).toBeLessThan(0);
  });
});
