import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView } from '../../src/state/urlState';
import {
  decodeWorkbench,
  encodeWorkbench,
  MAX_LINKED_QUERY,
  type WorkbenchLink,
} from '../../src/state/workbenchLink';

const link = (params: Record<string, string>) => decodeWorkbench(new URLSearchParams(params));

describe('the workbench in the URL', () => {
  it('opens with tab=sql, or with any query, unless the tab says dashboard', () => {
    expect(link({}).link.open).toBe(false);
    expect(link({ tab: 'sql' }).link).toEqual({ open: true, query: null, chart: null });
    expect(link({ q: 'SELECT 1' }).link).toEqual({ open: true, query: 'SELECT 1', chart: null });
    expect(link({ q: 'SELECT 1', tab: 'dashboard' }).link).toEqual({
      open: false,
      query: null,
      chart: null,
    });
  });

  it('reads the chart only with a query and both of its columns, and says why not', () => {
    const charted = link({ q: 'SELECT 1', qx: 'date', qy: 'downloads', qby: 'app' });
    expect(charted.link.chart).toEqual({ x: 'date', y: 'downloads', series: 'app' });
    expect(charted.notices).toEqual([]);
    const half = link({ q: 'SELECT 1', qx: 'date' });
    expect(half.link.chart).toBeNull();
    expect(half.notices[0]).toMatch(/Ignored qx, qy and qby/);
  });

  it('names what it cannot read: an unknown tab, a query too long for a link', () => {
    expect(link({ tab: 'charts' }).notices).toEqual([
      'Ignored tab=charts: not a view of this page.',
    ]);
    const long = link({ q: 'x'.repeat(MAX_LINKED_QUERY + 1) });
    expect(long.link.query).toBeNull();
    expect(long.notices[0]).toMatch(/longer than a link can carry/);
  });

  it('leaves the dashboard’s parameters alone, and the dashboard leaves its own', () => {
    const params = new URLSearchParams('country=GB&apps=lemon8');
    encodeWorkbench({ open: true, query: 'SELECT 1', chart: null }, params);
    expect(params.toString()).toBe('country=GB&apps=lemon8&tab=sql&q=SELECT+1');
    expect(decodeView(params).notices).toEqual([]);
    encodeWorkbench({ open: false, query: null, chart: null }, params);
    expect(params.toString()).toBe('country=GB&apps=lemon8');
  });

  it('reads back whatever it writes, for any query and columns', () => {
    const text = fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' });
    const written = fc.record({
      query: text.filter((q) => q.trim() !== ''),
      chart: fc.option(fc.record({ x: text, y: text, series: fc.option(text) })),
    });
    fc.assert(
      fc.property(written, ({ query, chart }) => {
        const sent: WorkbenchLink = { open: true, query, chart };
        const params = encodeWorkbench(sent, new URLSearchParams());
        expect(decodeWorkbench(new URLSearchParams(params.toString())).link).toEqual(sent);
      }),
    );
  });
});
