import { describe, expect, it } from 'vitest';
import type { HeatmapCell, RankHeatmapData } from '../../../src/charts/rankHeatmap';
import { rankHeatmapAlt } from '../../../src/export/altText/rankHeatmapAlt';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const N = null;
const names: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  MY: 'Malaysia',
  TW: 'Taiwan',
};

/** Heatmap data from rows of daily ranks from 10 Jan 2025 on, one row per country code. */
function heatmap(label: string, rows: Record<string, (number | null)[]>): RankHeatmapData {
  const cells: HeatmapCell[] = Object.entries(rows).flatMap(([country, ranks]) =>
    ranks.flatMap((rank, i) => (rank == null ? [] : [{ country, date: day(10 + i), rank }])),
  );
  return {
    app: label.toLowerCase(),
    label,
    countries: Object.keys(rows).map((code) => ({ code, name: names[code]! })),
    cells,
    events: [],
    from: day(10),
    to: day(23),
  };
}

const opening = (countries: string) =>
  `Heatmap of the daily rank of Lemon8 in ${countries}, 10 to 23 Jan 2025.`;

describe('alt text of the rank heatmap', () => {
  it('says where the app reached the top 10 first, how widely, and its best rank per country', () => {
    const data = heatmap('Xiaohongshu (RedNote)', {
      US: [412, 180, 40, 1, 1, 1, 1, 1, 1, 2, 3, 5, 8, 12],
      CA: [N, 650, 90, 4, 1, 1, 1, 2, 2, 3, 6, 9, 15, 30],
      GB: [N, N, N, 210, 60, 25, 18, 22, 40, 75, 120, 300, N, N],
      MY: [8, 7, 7, 6, 5, 5, 4, 4, 5, 6, 6, 7, 7, 8],
      TW: [3, 3, 2, 2, 2, N, 2, 3, 3, 3, 4, 4, 4, 5],
    });
    expect(rankHeatmapAlt(data)).toBe(
      'Heatmap of the daily rank of Xiaohongshu (RedNote) in 5 countries, 10 to 23 Jan 2025. ' +
        'It reached the top 10 first in Malaysia and Taiwan, on 10 Jan 2025, and in 4 of the 5 countries by 13 Jan 2025. ' +
        'Best rank: United States #1, Canada #1, United Kingdom #18, Malaysia #4, Taiwan #2.',
    );
  });

  it.each([
    [
      'never in the top 10',
      { US: [N], GB: [N, N, 50] },
      `${opening('2 countries')} It did not reach the top 10 in any of them. Best rank: United States not ranked, United Kingdom #50.`,
    ],
    [
      'in the top 10 in one country of two',
      { US: [N, 5, 3], GB: [40] },
      `${opening('2 countries')} It reached the top 10 only in United States, on 11 Jan 2025. Best rank: United States #3, United Kingdom #40.`,
    ],
    [
      'in the top 10 in both countries, on different days',
      { US: [N, 5], GB: [40, 20, 9] },
      `${opening('2 countries')} It reached the top 10 first in United States, on 11 Jan 2025, and in both countries by 12 Jan 2025. Best rank: United States #5, United Kingdom #9.`,
    ],
    [
      'in the top 10 in two of three countries on the same day',
      { US: [N, N, 9], GB: [N, N, 10], CA: [11] },
      `${opening('3 countries')} It reached the top 10 in United States and United Kingdom on 12 Jan 2025, 2 of the 3 countries. Best rank: United States #9, United Kingdom #10, Canada #11.`,
    ],
    [
      'one country',
      { US: [N, N, N, N, 8] },
      `${opening('1 country')} It reached the top 10 on 14 Jan 2025. Best rank: United States #8.`,
    ],
    [
      'no rank anywhere',
      { US: [N], GB: [N] },
      `${opening('2 countries')} Lemon8 was not ranked in any of them.`,
    ],
  ])('describes an app %s', (_, rows, text) => {
    expect(rankHeatmapAlt(heatmap('Lemon8', rows))).toBe(text);
  });

  it('says when no country is selected', () => {
    expect(rankHeatmapAlt(heatmap('Lemon8', {}))).toBe(
      'Heatmap of the daily rank of Lemon8: no country is selected.',
    );
  });
});
