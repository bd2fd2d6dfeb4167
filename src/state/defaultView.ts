import { FOCUS_APPS } from '../domain/apps';

/** The view a person sees first: US App Store, top free overall, the three apps of the story. */
export const DEFAULT_RANK_VIEW = {
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
  apps: FOCUS_APPS,
} as const;
