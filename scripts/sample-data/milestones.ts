import type { AppId, Country, Store } from './apps';

/** A chart position stated by the press: it becomes a row whose `source` names the publisher. */
export interface PublishedRank {
  date: string;
  store: Store;
  country: Country;
  app: AppId;
  rank: number;
  source: string;
}

const usIos = (date: string, app: AppId, rank: number, source: string): PublishedRank => ({
  date,
  store: 'ios',
  country: 'US',
  app,
  rank,
  source,
});
const usGooglePlay = (date: string, app: AppId, rank: number, source: string): PublishedRank => ({
  ...usIos(date, app, rank, source),
  store: 'google_play',
});

/** Top free, overall; see /work/shared/reference/milestones.md and data/README.md. */
export const PUBLISHED_RANKS: readonly PublishedRank[] = [
  usIos('2025-01-07', 'lemon8', 1, 'Her Campus; Forbes'),
  usIos('2025-01-08', 'lemon8', 1, 'Her Campus; Forbes'),
  // Lemon8 was briefly #1 on the 13th; a daily row holds the day's close.
  usIos('2025-01-13', 'xiaohongshu', 1, 'Bloomberg; NBC News'),
  usIos('2025-01-13', 'lemon8', 2, 'Bloomberg; NBC News'),
  usGooglePlay('2025-01-13', 'lemon8', 1, 'Engadget'),
  usGooglePlay('2025-01-13', 'xiaohongshu', 34, 'Engadget'),
  usIos('2025-01-14', 'xiaohongshu', 1, 'Reuters; CNN; CGTN; Caixin'),
  usIos('2025-01-14', 'lemon8', 2, 'Reuters; CNN; CGTN; Caixin'),
  usIos('2025-01-14', 'clapper', 3, 'Wikipedia (Clapper)'),
  usGooglePlay('2025-01-15', 'lemon8', 1, 'Decrypt'),
  usGooglePlay('2025-01-15', 'xiaohongshu', 2, 'Decrypt'),
  usIos('2025-01-16', 'xiaohongshu', 1, 'Fox; Investopedia'),
  usGooglePlay('2025-01-16', 'xiaohongshu', 1, 'Fox; Investopedia'),
  usIos('2025-01-17', 'xiaohongshu', 1, 'Fox; Investopedia'),
  usGooglePlay('2025-01-17', 'xiaohongshu', 1, 'Fox; Investopedia'),
  usIos('2025-01-20', 'xiaohongshu', 1, 'TechCrunch/Appfigures'),
  usIos('2025-01-20', 'likee', 2, 'TechCrunch/Appfigures'),
  usIos('2025-01-20', 'clapper', 4, 'TechCrunch/Appfigures'),
  usIos('2025-01-20', 'flip', 10, 'TechCrunch/Appfigures'),
  usIos('2025-01-20', 'favorited', 15, 'TechCrunch/Appfigures'),
  usIos('2025-01-26', 'deepseek', 1, 'TechCrunch'),
  usIos('2025-02-14', 'tiktok', 1, 'blue News'),
  usIos('2025-02-14', 'capcut', 5, 'blue News'),
];

/** "TikTok outside the top 5" (Fox; Investopedia): its rank is illustrative but no better than this. */
export const BEST_ALLOWED_RANKS: readonly Omit<PublishedRank, 'source'>[] = [
  '2025-01-16',
  '2025-01-17',
].flatMap((date) =>
  (['ios', 'google_play'] as const).map((store) => ({
    date,
    store,
    country: 'US' as const,
    app: 'tiktok' as const,
    rank: 6,
  })),
);

/** Published US download figures (both stores summed) that the illustrative series are scaled to. */
export const PUBLISHED_US_DOWNLOADS = {
  xiaohongshuDaily: { '2025-01-22': 126_700, '2025-01-26': 25_500 },
  xiaohongshuJanuary1To19: 818_000,
  xiaohongshuWeekOverWeek: 2.94,
  likeeDaily: { '2025-01-19': 167_000, '2025-01-20': 286_000 },
  likeeDailyBeforeSurgeBelow: 10_000,
  lemon8December: 3_400_000,
} as const;
