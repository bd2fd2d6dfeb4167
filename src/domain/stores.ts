import { lookupKey } from './appAliases';

export type Store = 'ios' | 'google_play';
export type Chart = 'top_free' | 'top_paid' | 'top_grossing';

/** Names exports use for the two stores, matched after `lookupKey`; each id matches itself too. */
export const STORE_ALIASES: Readonly<Record<Store, readonly string[]>> = {
  ios: [
    'iPhone',
    'iPad',
    'iOS',
    'App Store',
    'Apple App Store',
    'apple_app_store',
    'Apple',
    'iTunes',
    'iTunes Store',
  ],
  google_play: [
    'Android',
    'Google Play',
    'Google Play Store',
    'googleplay',
    'Play Store',
    'Google',
    'gp',
  ],
};

/**
 * Names of the top charts: ours, Apple's RSS feed names (`topfreeapplications`), Google Play's
 * collection names (`topselling_free`) and what people type.
 */
export const CHART_ALIASES: Readonly<Record<Chart, readonly string[]>> = {
  top_free: [
    'free',
    'Top Free',
    'topfree',
    'Top Free Apps',
    'Free Apps',
    'topfreeapplications',
    'Top Free iPhone Apps',
    'Top Free iPad Apps',
    'topfreeipadapplications',
    'topselling_free',
  ],
  top_paid: [
    'paid',
    'Top Paid',
    'toppaid',
    'Top Paid Apps',
    'Paid Apps',
    'toppaidapplications',
    'Top Paid iPhone Apps',
    'Top Paid iPad Apps',
    'toppaidipadapplications',
    'topselling_paid',
  ],
  top_grossing: [
    'grossing',
    'Top Grossing',
    'topgrossing',
    'Top Grossing Apps',
    'Grossing Apps',
    'topgrossingapplications',
    'Top Grossing iPhone Apps',
    'Top Grossing iPad Apps',
    'topgrossingipadapplications',
  ],
};

function resolver<Id extends string>(aliases: Readonly<Record<Id, readonly string[]>>) {
  const idsByKey = new Map<string, Id>();
  for (const [id, names] of Object.entries(aliases) as [Id, readonly string[]][]) {
    for (const name of [id, ...names]) idsByKey.set(lookupKey(name), id);
  }
  return (name: string): Id | null => idsByKey.get(lookupKey(name)) ?? null;
}

/** The store id for a name as exports write it (`iPhone`, `Google Play`), or null. */
export const storeId = resolver(STORE_ALIASES);

/** The chart id for a name as exports write it (`Top Free`, `topgrossingapplications`), or null. */
export const chartId = resolver(CHART_ALIASES);
