import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../src/state/urlState';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState';

const isoDay = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const appId = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);

const view: fc.Arbitrary<ViewState> = fc.record({
  from: fc.option(isoDay, { nil: null }),
  to: fc.option(isoDay, { nil: null }),
  apps: fc.uniqueArray(appId, { minLength: 1, maxLength: 5 }),
  hidden: fc.uniqueArray(appId, { maxLength: 3 }),
  store: fc.constantFrom('ios', 'google_play'),
  country: fc.stringMatching(/^[A-Z]{2}$/),
  chart: fc.constantFrom('top_free', 'top_paid', 'top_grossing'),
  category: fc.constantFrom('overall', 'social_networking', 'photo-video'),
  event: fc.option(isoDay, { nil: null }),
  align: fc.boolean(),
  events: fc.boolean(),
  rankScale: fc.constantFrom('log', 'linear'),
  facet: fc.constantFrom('none', 'store', 'country'),
  downloads: fc.constantFrom('daily', 'share', 'indexed', 'ofPeak'),
  baseline: fc.option(
    fc.oneof(
      isoDay,
      fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? `${a}..${b}` : `${b}..${a}`)),
    ),
    { nil: null },
  ),
  views: fc.constantFrom('cumulative', 'daily'),
  viewsScale: fc.constantFrom('linear', 'log'),
  heatmapApp: appId,
});

describe('view <-> URL', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView(DEFAULT_VIEW).toString()).toBe('');
    expect(decodeView('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('reads back every view it writes, without a notice', () => {
    fc.assert(
      fc.property(view, (v) => {
        const ordered = v.from && v.to && v.from > v.to ? { ...v, from: v.to, to: v.from } : v;
        expect(decodeView(encodeView(ordered).toString())).toEqual({ view: ordered, notices: [] });
      }),
    );
  });

  it('writes short, readable parameters', () => {
    const params = encodeView({
      ...DEFAULT_VIEW,
      apps: ['xiaohongshu', 'lemon8'],
      country: 'GB',
      from: '2025-01-01',
      align: true,
      downloads: 'share',
    });
    expect(params.toString()).toBe(
      'from=2025-01-01&apps=xiaohongshu%2Clemon8&country=GB&align=1&downloads=share',
    );
  });

  it.each([
    ['from=2025-02-30', 'Ignored from=2025-02-30: not a valid value.'],
    ['country=usa', 'Ignored country=usa: not a valid value.'],
    ['rank=sqrt', 'Ignored rank=sqrt: not a valid value.'],
    ['apps=', 'Ignored apps=: not a valid value.'],
    ['apps=tiktok,<script>', 'Ignored apps=tiktok,<script>: not a valid value.'],
    [
      'baseline=2025-01-10..2025-01-01',
      'Ignored baseline=2025-01-10..2025-01-01: not a valid value.',
    ],
    ['utm_source=mail', 'Ignored utm_source: not a setting of this page.'],
    [
      'from=2025-03-01&to=2025-01-01',
      'Ignored from=2025-03-01 and to=2025-01-01: the range ends before it starts.',
    ],
  ])('falls back to the default for %s, with a notice', (search, notice) => {
    const { view: decoded, notices } = decodeView(search);
    expect(notices).toEqual([notice]);
    expect(decoded).toEqual(DEFAULT_VIEW);
  });

  it('keeps the valid parameters of a URL that has invalid ones', () => {
    const { view: decoded, notices } = decodeView('country=GB&store=??&rank=linear');
    expect(decoded).toEqual({ ...DEFAULT_VIEW, country: 'GB', rankScale: 'linear' });
    expect(notices).toEqual(['Ignored store=??: not a valid value.']);
  });

  it('takes the last of a repeated parameter', () => {
    expect(decodeView('country=GB&country=FR').view.country).toBe('FR');
  });
});
