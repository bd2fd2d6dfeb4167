import { describe, expect, it } from 'vitest';
import type { DownloadsPoint, DownloadsSeries } from '../../../src/charts/dailyDownloadsChart';
import { downloadsAlt } from '../../../src/export/altText/downloadsAlt';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const N = null;
type Values = Partial<Record<keyof Omit<DownloadsPoint, 'date'>, (number | null)[]>>;

/** A series from 10 Jan 2025 on, one point per value; what is not given is null. */
function series(label: string, values: Values): DownloadsSeries {
  const length = Math.max(...Object.values(values).map((v) => v.length));
  const at = (key: keyof Values, i: number) => values[key]?.[i] ?? null;
  return {
    app: label.toLowerCase(),
    label,
    points: Array.from({ length }, (_, i) => ({
      date: day(10 + i),
      downloads: at('downloads', i),
      average7: at('average7', i),
      share: at('share', i),
      indexed: at('indexed', i),
      ofPeak: at('ofPeak', i),
    })),
  };
}

const apps = [
  series('TikTok', {
    average7: [2_000_000, 2_100_000, 1_900_000, 1_500_000, 800_000],
    share: [0.8, 0.7, 0.5, 0.3, 0.2],
    indexed: [100, 105, 95, 75, 40],
    ofPeak: [90, 100, 85, 70, 35],
  }),
  series('Xiaohongshu (RedNote)', {
    average7: [20_000, 45_678, 500_000, 1_234_567, 1_100_000],
    share: [0.01, 0.02, 0.3, 0.6, 0.7],
    indexed: [100, 228.4, 2500, 6172.8, 5500],
    ofPeak: [1, 3, 40, 100, 95],
  }),
];
const context = { place: 'the US App Store', from: day(10), to: day(14) };

describe('alt text of the downloads chart', () => {
  it.each([
    [
      'daily',
      'Line chart of estimated daily downloads in the US App Store, with 7-day averages, 10 to 14 Jan 2025. ' +
        'For TikTok, the 7-day average peaked at 2.1 million on 11 Jan 2025 and went from 2 million on 10 Jan 2025 to 800,000 on 14 Jan 2025 (down 60%). ' +
        'For Xiaohongshu (RedNote), the 7-day average peaked at 1.23 million on 13 Jan 2025 and went from 20,000 on 10 Jan 2025 to 1.1 million on 14 Jan 2025 (up 5,400%).',
    ],
    [
      'share',
      "Stacked area chart of each app's share of the selected apps' estimated downloads in the US App Store, 10 to 14 Jan 2025. " +
        'For TikTok, the share peaked at 80% on 10 Jan 2025 and went from 80% on 10 Jan 2025 to 20% on 14 Jan 2025. ' +
        'For Xiaohongshu (RedNote), the share peaked at 70% on 14 Jan 2025 and went from 1% on 10 Jan 2025 to 70% on 14 Jan 2025.',
    ],
    [
      'indexed',
      'Line chart of estimated daily downloads in the US App Store, indexed to 100 at 10 Jan 2025, 10 to 14 Jan 2025. ' +
        'For TikTok, the index peaked at 105 on 11 Jan 2025 and went from 100 on 10 Jan 2025 to 40 on 14 Jan 2025 (down 60%). ' +
        'For Xiaohongshu (RedNote), the index peaked at 6,170 on 13 Jan 2025 and went from 100 on 10 Jan 2025 to 5,500 on 14 Jan 2025 (up 5,400%).',
    ],
    [
      'ofPeak',
      "Line chart of estimated daily downloads in the US App Store as a percentage of each app's peak day, 10 to 14 Jan 2025. " +
        'For TikTok, the peak day was 11 Jan 2025; downloads went from 90% of that peak on 10 Jan 2025 to 35% on 14 Jan 2025. ' +
        'For Xiaohongshu (RedNote), the peak day was 13 Jan 2025; downloads went from 1% of that peak on 10 Jan 2025 to 95% on 14 Jan 2025.',
    ],
  ] as const)('words the %s view by what it shows', (mode, text) => {
    expect(downloadsAlt(apps, { ...context, mode, baselineLabel: '10 Jan 2025' })).toBe(text);
  });

  it.each([
    ['no estimate at all', { average7: [N, N] }, 'Douyin has no estimates in this range.'],
    [
      'one day with an average',
      { average7: [N, N, 5000] },
      'For Douyin, the 7-day average was 5,000 on 12 Jan 2025.',
    ],
    [
      'daily estimates but no average yet',
      { downloads: [N, 300, 900] },
      'For Douyin, estimated downloads peaked at 900 on 12 Jan 2025 and went from 300 on 11 Jan 2025 to 900 on 12 Jan 2025 (up 200%).',
    ],
    [
      'a start at zero (no percentage from it)',
      { average7: [0, 10] },
      'For Douyin, the 7-day average peaked at 10 on 11 Jan 2025 and went from 0 on 10 Jan 2025 to 10 on 11 Jan 2025.',
    ],
    [
      'the same value at both ends, and days without an average between',
      { average7: [50, N, 80, 80, N, 50] },
      'For Douyin, the 7-day average peaked at 80 on 12 Jan 2025 and went from 50 on 10 Jan 2025 to 50 on 15 Jan 2025 (unchanged).',
    ],
  ])('says of an app with %s: %j', (_, values, sentence) => {
    expect(downloadsAlt([series('Douyin', values)], { ...context, mode: 'daily' })).toBe(
      'Line chart of estimated daily downloads in the US App Store, with 7-day averages, 10 to 14 Jan 2025. ' +
        sentence,
    );
  });

  it('says when no app is selected, and the indexed baseline when none is named', () => {
    expect(downloadsAlt([], { ...context, mode: 'indexed' })).toBe(
      'Line chart of estimated daily downloads in the US App Store, indexed to 100 at the first day, 10 to 14 Jan 2025. No app is selected.',
    );
  });
});
