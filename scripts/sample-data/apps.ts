import { isBetween } from './calendar';

export const FIRST_DAY = '2024-12-01';
export const LAST_DAY = '2025-03-31';
export const MAX_RANK = 1500;

export const APPS = [
  'tiktok',
  'xiaohongshu',
  'lemon8',
  'capcut',
  'instagram',
  'clapper',
  'flip',
  'likee',
  'favorited',
  'deepseek',
] as const;
export type AppId = (typeof APPS)[number];

export const STORES = ['ios', 'google_play'] as const;
export type Store = (typeof STORES)[number];

export const COUNTRIES = ['US', 'CA', 'GB', 'AU', 'DE'] as const;
export type Country = (typeof COUNTRIES)[number];

export const CHART = 'top_free';
export const OVERALL = 'overall';

/** The store's own name for its social category chart. */
export const SOCIAL_CATEGORY: Readonly<Record<Store, string>> = {
  ios: 'social_networking',
  google_play: 'social',
};

/** Flip is a shopping app, CapCut photo & video and DeepSeek productivity: not in the social chart. */
export const SOCIAL_APPS: ReadonlySet<AppId> = new Set<AppId>([
  'tiktok',
  'xiaohongshu',
  'lemon8',
  'instagram',
  'clapper',
  'likee',
  'favorited',
]);

/** Apps that did not exist at the start of the range have no rows before their launch. */
const LAUNCH_DAY: Partial<Record<AppId, string>> = { deepseek: '2025-01-10' };

/**
 * ByteDance's apps were pulled from both US stores on the evening of 2025-01-18 (The Independent;
 * CNN) and came back on 2025-02-13; the daily charts show them again from 2025-02-14. Elsewhere
 * they stayed listed.
 */
export const US_STORE_REMOVAL = {
  apps: ['tiktok', 'lemon8', 'capcut'] as readonly AppId[],
  firstDayMissing: '2025-01-19',
  lastDayMissing: '2025-02-13',
};

export function isListed(app: AppId, country: Country, day: string): boolean {
  const launch = LAUNCH_DAY[app];
  if (launch !== undefined && day < launch) return false;
  const { apps, firstDayMissing, lastDayMissing } = US_STORE_REMOVAL;
  return !(
    country === 'US' &&
    apps.includes(app) &&
    isBetween(day, firstDayMissing, lastDayMissing)
  );
}
