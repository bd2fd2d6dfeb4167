import { describe, expect, it } from 'vitest';
import { svgElement } from '../../src/charts/svg';
import { embedChart } from '../../src/export/embedChart';
import { jsdomDocument } from '../helpers/jsdomDocument';

const box = { x: 10, y: 20, width: 600, height: 300 };

function chart(attributes: Record<string, string | number>) {
  const document = jsdomDocument();
  const svg = svgElement(document, 'svg', {
    role: 'img',
    'aria-label': 'Rank history',
    'data-plot-left': 48,
    'font-size': 12,
    'font-family': 'serif',
    fill: 'none',
    class: 'chart rank-history',
    ...attributes,
  });
  const title = svgElement(document, 'title');
  title.textContent = 'Rank history';
  svg.append(
    title,
    svgElement(document, 'rect', { width: 5, height: 5 }),
    svgElement(document, 'g'),
  );
  return svg;
}

function embed(attributes: Record<string, string | number>) {
  const { group, clipPath } = embedChart(jsdomDocument(), chart(attributes), box, 'clip');
  const rect = clipPath.querySelector('rect')!;
  return {
    group,
    transform: group.getAttribute('transform'),
    clip: ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a))),
  };
}

describe('embedding a chart as a group', () => {
  it('moves a chart that fits into place, at its own size', () => {
    const { transform, clip } = embed({ width: 400, height: 200, viewBox: '0 0 400 200' });
    expect(transform).toBe('translate(10,20)');
    expect(clip).toEqual([0, 0, 400, 200]);
  });

  it('scales a chart taller than the room down, evenly, and never up', () => {
    expect(embed({ width: 400, height: 600, viewBox: '0 0 400 600' }).transform).toBe(
      'translate(10,20) scale(0.5)',
    );
    expect(embed({ width: 1200, height: 300, viewBox: '0 0 1200 300' }).transform).toBe(
      'translate(10,20) scale(0.5)',
    );
    expect(embed({ width: 100, height: 50, viewBox: '0 0 100 50' }).transform).toBe(
      'translate(10,20)',
    );
  });

  it('maps the viewBox onto the width and height as a nested svg would', () => {
    // 400 × 200 user units from (50, 50) shown at 200 × 100: half size, shifted back by 25.
    const shifted = embed({ width: 200, height: 100, viewBox: '50 50 400 200' });
    expect(shifted.transform).toBe('translate(-15,-5) scale(0.5)');
    expect(shifted.clip).toEqual([50, 50, 400, 200]);
    // A square viewport for a 2:1 viewBox: centred vertically (xMidYMid meet).
    const centred = embed({ width: 200, height: 200, viewBox: '0 0 400 200' });
    expect(centred.transform).toBe('translate(10,70) scale(0.5)');
    expect(centred.clip).toEqual([0, -100, 400, 400]);
  });

  it('keeps the chart’s styling attributes and drawing, not its document attributes or title', () => {
    const { group } = embed({ width: 400, height: 200, viewBox: '0 0 400 200' });
    expect(group.getAttribute('clip-path')).toBe('url(#clip)');
    expect(group.getAttribute('font-size')).toBe('12');
    expect(group.getAttribute('fill')).toBe('none');
    expect(group.getAttribute('class')).toBe('chart rank-history');
    for (const name of [
      'width',
      'height',
      'viewBox',
      'role',
      'aria-label',
      'data-plot-left',
      'font-family',
    ]) {
      expect(group.hasAttribute(name)).toBe(false);
    }
    expect([...group.children].map((c) => c.localName)).toEqual(['rect', 'g']);
  });
});
