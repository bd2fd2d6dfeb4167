import { describe, expect, it } from 'vitest';
import type { ViewsPoint, ViewsSeries } from '../../../src/charts/hashtagViewsChart';
import { hashtagViewsAlt } from '../../../src/export/altText/hashtagViewsAlt';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const N = null;
const M = 1_000_000;
type Values = Partial<Record<keyof Omit<ViewsPoint, 'date'>, (number | null)[]>>;

/** A series from 10 Jan 2025 on, one point per value; what is not given is null. */
function series(label: string, values: Values): ViewsSeries {
  const length = Math.max(...Object.values(values).map((v) => v.length));
  const at = (key: keyof Values, i: number) => values[key]?.[i] ?? null;
  const [hashtag = '', platform = ''] = label.slice(1).split(' on ');
  return {
    key: `${hashtag}|${platform}`,
    hashtag,
    platform,
    label,
    points: Array.from({ length }, (_, i) => ({
      date: day(10 + i),
      views: at('views', i),
      daily: at('daily', i),
      correction: at('correction', i),
      gapDays: at('gapDays', i),
    })),
  };
}

const tags = [
  series('#rednote on TikTok', {
    views: [40 * M, 100 * M, 400 * M, 398 * M, N, 898 * M],
    daily: [N, 60 * M, 300 * M, N, N, 500 * M],
    correction: [N, N, N, -2 * M, N, N],
    gapDays: [N, 1, 1, 1, N, 2],
  }),
  series('#tiktokrefugee on Xiaohongshu (RedNote)', {
    views: [N, 5000, N, N, 65_000, 70_000],
    daily: [N, N, N, N, 60_000, 5000],
    gapDays: [N, N, N, N, 3, 1],
  }),
];
const findings =
  '#rednote on TikTok had 898 million views by 15 Jan 2025, up from 40 million on 10 Jan 2025; ' +
  'it grew fastest on 12 Jan 2025, by 300 million views; ' +
  'its count was corrected down by 2 million on 13 Jan 2025. ' +
  '#tiktokrefugee on Xiaohongshu (RedNote) had 70,000 views by 15 Jan 2025, up from 5,000 on 11 Jan 2025; ' +
  'it grew fastest in the 3 days to 14 Jan 2025, by about 20,000 views a day.';
const range = { from: day(10), to: day(15) };

describe('alt text of the hashtag views chart', () => {
  it('gives the last count, the fastest growth and the corrections of each hashtag', () => {
    expect(hashtagViewsAlt(tags, { mode: 'cumulative', ...range })).toBe(
      'Step chart of the cumulative views of posts with each hashtag, by platform, 10 to 15 Jan 2025. ' +
        findings,
    );
  });

  it('names the daily view and its log scale', () => {
    expect(hashtagViewsAlt(tags, { mode: 'daily', scale: 'log', ...range })).toBe(
      'Bar chart of the views gained each day by posts with each hashtag, by platform, on a log scale, 10 to 15 Jan 2025. ' +
        findings,
    );
  });

  it.each([
    ['no observation', { views: [N, N] }, '#x on Lemon8 was not observed in this range.'],
    ['one observation', { views: [N, 1000] }, '#x on Lemon8 had 1,000 views by 11 Jan 2025.'],
    [
      'no change',
      { views: [100, 100], daily: [N, 0], gapDays: [N, 1] },
      '#x on Lemon8 had 100 views by 11 Jan 2025, the same as on 10 Jan 2025.',
    ],
    [
      'two corrections, listed',
      {
        views: [100, 90, 95, 85],
        daily: [N, N, 5, N],
        correction: [N, -10, N, -10],
        gapDays: [N, N, 1, N],
      },
      '#x on Lemon8 had 85 views by 13 Jan 2025, down from 100 on 10 Jan 2025; it grew fastest on 12 Jan 2025, by 5 views; its count was corrected down by 10 on 11 Jan 2025 and by 10 on 13 Jan 2025.',
    ],
    [
      'more corrections than are listed',
      { views: [100, 90, 80, 70, 60], correction: [N, -10, -10, -10, -10] },
      '#x on Lemon8 had 60 views by 14 Jan 2025, down from 100 on 10 Jan 2025; its count was corrected down 4 times, by 40 in all.',
    ],
  ])('says of a hashtag with %s: %j', (_, values, sentence) => {
    expect(
      hashtagViewsAlt([series('#x on Lemon8', values)], { mode: 'cumulative', ...range }),
    ).toBe(
      `Step chart of the cumulative views of posts with each hashtag, by platform, 10 to 15 Jan 2025. ${sentence}`,
    );
  });

  it('says when no hashtag is selected', () => {
    expect(hashtagViewsAlt([], { mode: 'daily', from: day(10), to: day(10) })).toBe(
      'Bar chart of the views gained each day by posts with each hashtag, by platform, 10 Jan 2025. No hashtag is selected.',
    );
  });
});
