import { describe, expect, it } from 'vitest';
import { keyFiguresAlt } from '../../../src/export/altText/keyFiguresAlt';
import type { KeyFiguresRow } from '../../../src/queries/keyFigures';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const labels: Record<string, string> = { xiaohongshu: 'Xiaohongshu (RedNote)', lemon8: 'Lemon8' };
const label = (app: string) => labels[app] ?? app;

const xiaohongshu: KeyFiguresRow = {
  app: 'xiaohongshu',
  bestRank: 1,
  bestRankDate: day(13),
  daysAtOne: 12,
  daysInTop10: 18,
  peakDownloads: 64_200,
  peakDate: day(22),
  downloadsBefore: 20_000,
  downloadsAfter: 58_800,
  daysBefore: 7,
  daysAfter: 7,
  afterToBefore: 2.94,
  hashtagViews: 1_200_000_000,
};
const lemon8: KeyFiguresRow = {
  ...xiaohongshu,
  app: 'lemon8',
  bestRank: 4,
  bestRankDate: day(9),
  daysAtOne: 0,
  daysInTop10: 6,
  peakDownloads: null,
  peakDate: null,
  downloadsBefore: null,
  downloadsAfter: null,
  daysBefore: 0,
  daysAfter: 0,
  afterToBefore: null,
  hashtagViews: null,
};

describe('alt text of the key figures', () => {
  it('tells each app’s best rank, days at #1, peak and the weeks around the event', () => {
    expect(
      keyFiguresAlt([xiaohongshu, lemon8], { label, from: day(6), to: day(25), event: day(18) }),
    ).toBe(
      'Table of key figures for Xiaohongshu (RedNote) and Lemon8, 6 to 25 Jan 2025, with the ' +
        'week from 18 Jan 2025 against the week before. ' +
        'Xiaohongshu (RedNote) reached #1, first on 13 Jan 2025; 12 days at #1 and 18 in the ' +
        'top 10; it peaked at 64,200 daily downloads on 22 Jan 2025 and had 58,800 downloads in ' +
        'the week from the event against 20,000 the week before, up 194%. Hashtag views on it ' +
        'reached 1.2 billion by 25 Jan 2025. ' +
        'Lemon8 reached #4, first on 9 Jan 2025; 6 days in the top 10.',
    );
  });

  it('leaves out the weeks without an event, and says when an app was not ranked', () => {
    const unranked = { ...lemon8, bestRank: null, bestRankDate: null, daysInTop10: 0 };
    expect(
      keyFiguresAlt([{ ...xiaohongshu, hashtagViews: null }, unranked], {
        label,
        from: day(6),
        to: day(6),
        event: null,
      }),
    ).toBe(
      'Table of key figures for Xiaohongshu (RedNote) and Lemon8, 6 Jan 2025. ' +
        'Xiaohongshu (RedNote) reached #1, first on 13 Jan 2025; 12 days at #1 and 18 in the ' +
        'top 10; it peaked at 64,200 daily downloads on 22 Jan 2025. Lemon8 was not ranked.',
    );
  });
});
