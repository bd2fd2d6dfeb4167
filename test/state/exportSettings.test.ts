import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeExport,
  DEFAULT_EXPORT,
  encodeExport,
  type ExportSettings,
} from '../../src/state/exportSettings';
import { decodeView, encodeView } from '../../src/state/urlState';
import { DEFAULT_VIEW } from '../../src/state/viewState';

const text = fc.string({ maxLength: 60 });
const settings: fc.Arbitrary<ExportSettings> = fc.record({
  chart: fc.constantFrom('rank-history', 'daily-downloads', 'hashtag-views', 'rank-by-country'),
  size: fc.constantFrom('web', 'wide', 'square', 'print-1col', 'print-2col', 'custom'),
  width: fc.integer({ min: 200, max: 4000 }),
  height: fc.integer({ min: 200, max: 4000 }),
  printHeight: fc.option(fc.integer({ min: 20, max: 500 }), { nil: null }),
  theme: fc.constantFrom('light', 'dark', 'transparent'),
  palette: fc.constantFrom('identity', 'safe'),
  pngScale: fc.constantFrom(1, 2, 3),
  title: fc.option(text, { nil: null }),
  subtitle: fc.option(text, { nil: null }),
  notes: text,
  byline: text,
  source: fc.option(text, { nil: null }),
  alt: fc.option(text, { nil: null }),
});

describe('export settings in the URL', () => {
  it('reads back every setting it writes, with any text', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const decoded = decodeExport(encodeExport(s).toString());
        expect(decoded.notices).toEqual([]);
        expect(decoded.settings).toEqual(s);
      }),
    );
  });

  it('leaves defaults out of the link', () => {
    expect(encodeExport({ ...DEFAULT_EXPORT, chart: 'rank-history' }).toString()).toBe(
      'export=rank-history',
    );
  });

  it('opens no dialog without an export parameter', () => {
    expect(decodeExport('?from=2025-01-06&xsize=wide')).toEqual({ settings: null, notices: [] });
  });

  it('falls back to the default of an invalid setting, with a notice', () => {
    const { settings: s, notices } = decodeExport(
      '?export=rank-history&xsize=../etc&xw=50&xtheme=neon&xpng=4&xtitle=Kept',
    );
    expect(s).toMatchObject({
      chart: 'rank-history',
      size: 'web',
      width: DEFAULT_EXPORT.width,
      theme: 'light',
      pngScale: 2,
      title: 'Kept',
    });
    expect(notices).toEqual([
      'Ignored xsize=../etc: not a valid value.',
      'Ignored xw=50: not a valid value.',
      'Ignored xtheme=neon: not a valid value.',
      'Ignored xpng=4: not a valid value.',
    ]);
  });

  it('shares the URL with the view, which leaves the export parameters alone', () => {
    const params = encodeView({ ...DEFAULT_VIEW, from: '2025-01-06' });
    encodeExport({ ...DEFAULT_EXPORT, chart: 'rank-history', theme: 'dark' }, params);
    const view = decodeView(params.toString());
    expect(view.notices).toEqual([]);
    expect(view.view.from).toBe('2025-01-06');
    expect(decodeExport(params).settings?.theme).toBe('dark');
  });

  it('opens no dialog for a chart the page does not have, and the page says so', () => {
    expect(decodeExport('?export=pie-chart&xtheme=dark')).toEqual({
      settings: null,
      notices: ['Ignored export=pie-chart: not a chart of this page.'],
    });
    expect(decodeView('?export=pie-chart').notices).toEqual([
      'Ignored export=pie-chart: not a chart of this page.',
    ]);
    expect(decodeView('?export=key-figures').notices).toEqual([]);
  });
});
