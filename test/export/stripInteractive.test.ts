// @vitest-environment jsdom
// (d3-brush, attached here as the page attaches it, reads the global `navigator`.)
import { describe, expect, it } from 'vitest';
import { showCrosshair } from '../../src/charts/interaction/crosshair';
import { shadeRange } from '../../src/charts/interaction/rangeShade';
import { attachTimeInteractions } from '../../src/charts/interaction/timeInteractions';
import { rankHistoryChart } from '../../src/charts/rankHistory';
import { inlineInk } from '../../src/export/inlineInk';
import { stripInteractive } from '../../src/export/stripInteractive';
import { jsdomDocument } from '../helpers/jsdomDocument';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** A rank history as the page shows it: hovered, brushable, a range shaded, legend clickable. */
function interactiveChart(): SVGSVGElement {
  const svg = rankHistoryChart(
    {
      series: [
        {
          app: 'tiktok',
          label: 'TikTok',
          points: [1, 2, 3].map((rank, i) => ({ date: day(10 + i), rank })),
        },
      ],
      events: [{ date: day(11), label: 'An event' }],
      from: day(10),
      to: day(12),
    },
    { width: 600, height: 300 },
    jsdomDocument(),
  );
  attachTimeInteractions(svg, { onHover: () => {}, onBrush: () => {}, onLegend: () => {} });
  showCrosshair(svg, day(11));
  shadeRange(svg, day(10), day(11));
  return svg;
}

describe('stripping what only the page needs', () => {
  it('removes the crosshair, brush and range shade, and pointer and cursor settings', () => {
    const svg = interactiveChart();
    // The page's chart has them all, or this test would prove nothing.
    expect(svg.querySelector('g.crosshair line')).not.toBeNull();
    expect(svg.querySelector('g.brush rect.overlay')).not.toBeNull();
    expect(svg.querySelector('g.range-shade')).not.toBeNull();
    expect(svg.outerHTML).toMatch(/pointer-events=/);
    expect(svg.outerHTML).toMatch(/cursor/);

    stripInteractive(svg);
    expect(svg.querySelector('g.crosshair, g.brush, g.range-shade')).toBeNull();
    expect(svg.outerHTML).not.toMatch(/pointer-events|cursor|style=/);
  });

  it('keeps what the chart shows and its accessible name', () => {
    const svg = interactiveChart();
    const lines = svg.querySelectorAll('path.line').length;
    stripInteractive(svg);
    expect(svg.querySelectorAll('path.line')).toHaveLength(lines);
    expect(svg.querySelectorAll('.legend-item')).toHaveLength(1);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Rank history');
  });

  it('keeps the other declarations of a style', () => {
    const svg = jsdomDocument().createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('style', 'cursor: pointer; opacity: 0.5');
    stripInteractive(svg);
    expect(svg.getAttribute('style')).toBe('opacity: 0.5');
  });
});

describe('inking currentColor', () => {
  it('writes the ink wherever a chart says currentColor', () => {
    const svg = interactiveChart();
    const uses = svg.outerHTML.match(/currentColor/g)?.length ?? 0;
    expect(uses).toBeGreaterThan(10);
    inlineInk(svg, '#e6edf3');
    expect(svg.outerHTML).not.toMatch(/currentcolor/i);
    expect(svg.outerHTML.match(/#e6edf3/g)).toHaveLength(uses);
  });
});
