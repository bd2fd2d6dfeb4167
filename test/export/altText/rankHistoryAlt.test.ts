import { describe, expect, it } from 'vitest';
import type { RankSeries } from '../../../src/charts/rankHistory';
import { rankHistoryAlt } from '../../../src/export/altText/rankHistoryAlt';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const N = null;
const place = "the US App Store's top free chart";

/** A series of daily ranks from 10 Jan 2025 on. */
function series(label: string, ranks: (number | null)[]): RankSeries {
  return {
    app: label.toLowerCase(),
    label,
    points: ranks.map((rank, i) => ({ date: day(10 + i), rank })),
  };
}

const opening = "Line chart of daily rank in the US App Store's top free chart, 10 to 19 Jan 2025.";

describe('alt text of the rank history', () => {
  it('tells each app’s movement with dates, its days at #1 and its spells not ranked', () => {
    const text = rankHistoryAlt(
      [
        series('TikTok', [2, 2, 3, 4, 6, 8, N, N, N, N]),
        series('Xiaohongshu (RedNote)', [412, 180, 40, 1, 1, 1, 1, 1, 1, 2]),
        series('Lemon8', [5, 3, 2, 2, 2, 3, N, 9, N, N]),
      ],
      { place, from: day(10), to: day(19) },
    );
    expect(text).toBe(
      `${opening} ` +
        'TikTok started at its best, #2, on 10 Jan 2025, then fell to #8 by 15 Jan 2025; ' +
        'it was not ranked from 16 to 19 Jan 2025. ' +
        'Xiaohongshu (RedNote) rose from #412 on 10 Jan 2025 to #1 on 13 Jan 2025 and stayed ' +
        'first for 6 days, then fell to #2 by 19 Jan 2025. ' +
        'Lemon8 rose from #5 on 10 Jan 2025 to #2 on 12 Jan 2025, then fell to #9 by 17 Jan 2025; ' +
        'it was not ranked on 16 Jan 2025 and from 18 to 19 Jan 2025.',
    );
  });

  it.each([
    ['never ranked', [N, N, N], 'Douyin was not ranked.'],
    ['#1 on every day', [1, 1, 1], 'Douyin was #1 on every day.'],
    [
      'the same rank whenever ranked',
      [5, N, 5],
      'Douyin was #5 on every day it was ranked; it was not ranked on 11 Jan 2025.',
    ],
    [
      'ranked on one day of several',
      [N, N, 40, N],
      'Douyin was ranked only on 12 Jan 2025, at #40.',
    ],
    [
      '#1 for a single day',
      [1, 2, 3],
      'Douyin was first on 10 Jan 2025 for 1 day, then fell to #3 by 12 Jan 2025.',
    ],
    [
      'back at #1 after its first spell there',
      [4, 1, 1, 2, 1, 3],
      'Douyin rose from #4 on 10 Jan 2025 to #1 on 11 Jan 2025 and stayed first for 2 days (3 days in all), then fell to #3 by 15 Jan 2025.',
    ],
    [
      'still #1 when it drops out',
      [3, 1, 1, N],
      'Douyin rose from #3 on 10 Jan 2025 to #1 on 11 Jan 2025 and stayed first for 2 days; it was not ranked on 13 Jan 2025.',
    ],
    [
      'back at its best at the end',
      [5, 3, 5, 3],
      'Douyin rose from #5 on 10 Jan 2025 to #3 on 11 Jan 2025, then was #3 again on 13 Jan 2025.',
    ],
    [
      'more spells not ranked than are listed',
      [3, N, 4, N, 5, N, N, 6, N, 7],
      'Douyin started at its best, #3, on 10 Jan 2025, then fell to #7 by 19 Jan 2025; it was not ranked on 5 days in 4 spells, the longest from 15 to 16 Jan 2025.',
    ],
  ])('says of an app %s: %j', (_, ranks, sentence) => {
    const text = rankHistoryAlt([series('Douyin', ranks)], { place, from: day(10), to: day(19) });
    expect(text).toBe(`${opening} ${sentence}`);
  });

  it('reads the days in date order whatever order the points come in', () => {
    const ranks = [412, 180, 40, 1, 1, 1, 1, 1, 1, 2];
    const sorted = series('RedNote', ranks);
    const shuffled = { ...sorted, points: [...sorted.points].reverse() };
    const context = { place, from: day(10), to: day(19) };
    expect(rankHistoryAlt([shuffled], context)).toBe(rankHistoryAlt([sorted], context));
  });

  it('describes a single day as ranks on that day', () => {
    const text = rankHistoryAlt([series('Xiaohongshu (RedNote)', [1]), series('TikTok', [N])], {
      place,
      from: day(10),
      to: day(10),
    });
    expect(text).toBe(
      "Chart of the rank of apps in the US App Store's top free chart on 10 Jan 2025. " +
        'Xiaohongshu (RedNote) was #1. TikTok was not ranked.',
    );
  });

  it('names a range across years in full and says when no app is selected', () => {
    const from = new Date(Date.UTC(2024, 11, 1));
    const to = new Date(Date.UTC(2025, 2, 31));
    expect(rankHistoryAlt([], { place, from, to })).toBe(
      "Line chart of daily rank in the US App Store's top free chart, 1 Dec 2024 to 31 Mar 2025. " +
        'No app is selected.',
    );
  });
});
