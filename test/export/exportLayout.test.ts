import { describe, expect, it } from 'vitest';
import { exportColours } from '../../src/export/exportColours';
import { exportLayout, type ExportText } from '../../src/export/exportLayout';

const colours = exportColours('light');
const text: ExportText = {
  title: 'RedNote tops the App Store',
  subtitle: 'Daily rank, US App Store, top free',
  notes: 'A gap in a line: not ranked that day.',
  source: 'Source: Appfigures',
  byline: 'Jane Doe',
};
const fields = (items: readonly { className: string }[]) => items.map((i) => i.className);

describe('the layout of an export', () => {
  it('puts the header at the top, the footer at the bottom and the chart between', () => {
    const layout = exportLayout(text, 640, 400, colours);
    expect(fields(layout.header)).toEqual(['export-title', 'export-subtitle']);
    expect(fields(layout.footer)).toEqual(['export-notes', 'export-source', 'export-byline']);
    // Header 25 + 4 + 19 under 20 padding, 14 gap: 82. Footer 3 × 16 + 2 × 2 = 52 above
    // 20 padding: from 328; the chart stops 14 above it.
    expect(layout.footerTop).toBe(328);
    expect(layout.chart).toEqual({ x: 20, y: 82, width: 600, height: 232 });
    expect(layout.dropped).toEqual([]);
  });

  it('uses the compact type and padding in a narrow export', () => {
    const layout = exportLayout({ ...text, notes: '', subtitle: '' }, 300, 400, colours);
    expect(layout.padding).toBe(10);
    expect(layout.chart.x).toBe(10);
    expect(layout.chart.width).toBe(280);
  });

  it('gives up notes, subtitle and byline, in that order, to leave the chart room', () => {
    // Compact type, 10 padding and gaps. 400 × 200: 180 px inside the padding, and the chart
    // needs min(120, 90) = 90. Title 20 + 4 + subtitle 17; notes, source, byline 3 × 14 + 2 × 2.
    // All: chart 134 − 61 = 73. No notes: 150 − 61 = 89. No subtitle either: 150 − 40 = 110.
    const layout = exportLayout(text, 400, 200, colours);
    expect(layout.dropped).toEqual(['notes', 'subtitle']);
    expect(fields(layout.header)).toEqual(['export-title']);
    expect(fields(layout.footer)).toEqual(['export-source', 'export-byline']);
    expect(layout.chart).toEqual({ x: 10, y: 40, width: 380, height: 110 });
  });

  it('keeps title and source however little room they leave, never overlapping', () => {
    const title =
      'How Xiaohongshu rose to the top of the App Store while TikTok went dark in the US';
    const column = exportLayout({ ...text, title }, 227, 142, colours);
    expect(column.dropped).toEqual(['notes', 'subtitle', 'byline']);
    expect(fields(column.header)).toEqual(['export-title']);
    expect(fields(column.footer)).toEqual(['export-source']);
    expect(column.chart.y + column.chart.height).toBeLessThan(column.footerTop);
    // Too small for even those two: the chart gets nothing, the footer follows the header.
    const stamp = exportLayout({ ...text, title }, 227, 60, colours);
    expect(stamp.chart.height).toBe(0);
    expect(stamp.footerTop).toBe(stamp.chart.y);
  });

  it('gives up nothing that is empty', () => {
    // 400 × 150: the chart needs 65. Title only above (top 40); source and byline below leave
    // 100 − 40 = 60; notes and subtitle are empty, so the byline goes: 116 − 40 = 76.
    const layout = exportLayout({ ...text, notes: '', subtitle: ' ' }, 400, 150, colours);
    expect(layout.dropped).toEqual(['byline']);
    expect(layout.chart.height).toBe(76);
  });
});
