/** Cumulative counts at given instants; the illustrative series passes through them smoothly. */
export type Anchors = ReadonlyArray<readonly [instant: string, value: number]>;

export interface HashtagSeries {
  platform: string;
  hashtag: string;
  /** The first anchor is the first observation: the hashtag has no rows before it. */
  views: Anchors;
  /** Absent: the platform shows no post count, so `posts` is empty (NULL). */
  posts?: Anchors;
}

export interface PublishedHashtagCount {
  observedAt: string;
  platform: string;
  hashtag: string;
  views: number;
  posts: number | null;
  source: string;
}

/**
 * "TikTok refugee" on Xiaohongshu, exactly as published. Only China Daily gave an hour (18:00
 * Beijing); the other times are chosen to keep the published order and sit off the 3-hour grid.
 * Outlets disagree, so the series falls at AsiaICT's lower count: a correction, not an error.
 */
export const PUBLISHED_HASHTAG_COUNTS: readonly PublishedHashtagCount[] = [
  { observedAt: '2025-01-14T02:00:00Z', views: 25_000_000, posts: null, source: 'Bloomberg' },
  { observedAt: '2025-01-14T10:00:00Z', views: 73_000_000, posts: 114_000, source: 'China Daily' },
  { observedAt: '2025-01-14T20:00:00Z', views: 100_000_000, posts: null, source: 'New York Times' },
  { observedAt: '2025-01-15T04:00:00Z', views: 64_906_000, posts: 108_000, source: 'AsiaICT' },
  { observedAt: '2025-01-15T16:00:00Z', views: 250_000_000, posts: null, source: 'CNN' },
].map((count) => ({ ...count, platform: 'xiaohongshu', hashtag: 'tiktokrefugee' }));

export const HASHTAG_SERIES: readonly HashtagSeries[] = [
  {
    platform: 'xiaohongshu',
    hashtag: 'tiktokrefugee',
    // Passes through Bloomberg, China Daily, New York Times and CNN; AsiaICT's lower count stays a correction.
    views: [
      ['2025-01-13T00:00:00Z', 20_000],
      ['2025-01-13T12:00:00Z', 3_000_000],
      ['2025-01-14T02:00:00Z', 25_000_000],
      ['2025-01-14T10:00:00Z', 73_000_000],
      ['2025-01-14T20:00:00Z', 100_000_000],
      ['2025-01-15T16:00:00Z', 250_000_000],
      ['2025-01-16T12:00:00Z', 330_000_000],
      ['2025-01-18T12:00:00Z', 450_000_000],
      ['2025-01-20T12:00:00Z', 540_000_000],
      ['2025-01-31T12:00:00Z', 700_000_000],
      ['2025-02-28T12:00:00Z', 820_000_000],
      ['2025-03-31T12:00:00Z', 880_000_000],
    ],
    posts: [
      ['2025-01-13T00:00:00Z', 50],
      ['2025-01-13T12:00:00Z', 8_000],
      ['2025-01-14T10:00:00Z', 114_000],
      ['2025-01-15T16:00:00Z', 240_000],
      ['2025-01-16T12:00:00Z', 310_000],
      ['2025-01-18T12:00:00Z', 400_000],
      ['2025-01-20T12:00:00Z', 450_000],
      ['2025-01-31T12:00:00Z', 520_000],
      ['2025-02-28T12:00:00Z', 560_000],
      ['2025-03-31T12:00:00Z', 580_000],
    ],
  },
  {
    platform: 'tiktok',
    hashtag: 'tiktokrefugee',
    views: [
      ['2025-01-12T12:00:00Z', 100_000],
      ['2025-01-13T12:00:00Z', 20_000_000],
      ['2025-01-14T12:00:00Z', 120_000_000],
      ['2025-01-15T12:00:00Z', 260_000_000],
      ['2025-01-17T12:00:00Z', 420_000_000],
      ['2025-01-19T12:00:00Z', 600_000_000],
      ['2025-01-20T21:00:00Z', 650_000_000],
      ['2025-01-31T12:00:00Z', 780_000_000],
      ['2025-02-28T12:00:00Z', 850_000_000],
      ['2025-03-31T12:00:00Z', 870_000_000],
    ],
    posts: [
      ['2025-01-12T12:00:00Z', 300],
      ['2025-01-14T12:00:00Z', 60_000],
      ['2025-01-16T12:00:00Z', 140_000],
      ['2025-01-20T12:00:00Z', 210_000],
      ['2025-03-31T12:00:00Z', 240_000],
    ],
  },
  {
    platform: 'tiktok',
    hashtag: 'rednote',
    views: [
      ['2024-12-01T12:00:00Z', 1_200_000],
      ['2024-12-31T12:00:00Z', 1_800_000],
      ['2025-01-10T12:00:00Z', 2_300_000],
      ['2025-01-12T12:00:00Z', 5_000_000],
      ['2025-01-13T12:00:00Z', 60_000_000],
      ['2025-01-14T12:00:00Z', 250_000_000],
      ['2025-01-16T12:00:00Z', 600_000_000],
      ['2025-01-20T12:00:00Z', 900_000_000],
      ['2025-01-31T12:00:00Z', 1_050_000_000],
      ['2025-02-28T12:00:00Z', 1_150_000_000],
      ['2025-03-31T12:00:00Z', 1_200_000_000],
    ],
    posts: [
      ['2024-12-01T12:00:00Z', 900],
      ['2025-01-10T12:00:00Z', 1_600],
      ['2025-01-13T12:00:00Z', 20_000],
      ['2025-01-16T12:00:00Z', 120_000],
      ['2025-01-20T12:00:00Z', 180_000],
      ['2025-03-31T12:00:00Z', 230_000],
    ],
  },
  {
    platform: 'tiktok',
    hashtag: 'lemon8',
    views: [
      ['2024-12-01T12:00:00Z', 1_450_000_000],
      ['2024-12-31T12:00:00Z', 1_700_000_000],
      ['2025-01-10T12:00:00Z', 1_800_000_000],
      ['2025-01-12T12:00:00Z', 1_850_000_000],
      ['2025-01-14T12:00:00Z', 2_100_000_000],
      ['2025-01-18T12:00:00Z', 2_500_000_000],
      ['2025-01-20T12:00:00Z', 2_600_000_000],
      ['2025-01-31T12:00:00Z', 2_750_000_000],
      ['2025-02-28T12:00:00Z', 2_900_000_000],
      ['2025-03-31T12:00:00Z', 2_980_000_000],
    ],
    posts: [
      ['2024-12-01T12:00:00Z', 2_100_000],
      ['2024-12-31T12:00:00Z', 2_400_000],
      ['2025-01-12T12:00:00Z', 2_480_000],
      ['2025-01-18T12:00:00Z', 2_900_000],
      ['2025-03-31T12:00:00Z', 3_200_000],
    ],
  },
  {
    platform: 'lemon8',
    hashtag: 'tiktokrefugee',
    views: [
      ['2025-01-13T12:00:00Z', 50_000],
      ['2025-01-14T12:00:00Z', 3_000_000],
      ['2025-01-16T12:00:00Z', 15_000_000],
      ['2025-01-20T12:00:00Z', 30_000_000],
      ['2025-01-31T12:00:00Z', 40_000_000],
      ['2025-03-31T12:00:00Z', 48_000_000],
    ],
  },
];
