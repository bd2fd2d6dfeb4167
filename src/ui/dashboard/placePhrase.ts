import { categoryLabel, chartLabel, countryLabel } from '../../domain/labels';

/** A store as a sentence names it: "the App Store", "Google Play". */
export const storePhrase = (store: string) =>
  store === 'ios' ? 'the App Store' : store === 'google_play' ? 'Google Play' : store;

/** Where a store's downloads are counted: "the App Store in United States". */
export const storeInCountry = (view: { store: string; country: string }) =>
  `${storePhrase(view.store)} in ${countryLabel(view.country)}`;

/** Where ranks are read: "the App Store's top free chart (overall) in United States". */
export const chartPlace = (view: {
  store: string;
  country: string;
  chart: string;
  category: string;
}) =>
  `${storePhrase(view.store)}'s ${chartLabel(view.chart).toLowerCase()} chart (${categoryLabel(view.category).toLowerCase()}) in ${countryLabel(view.country)}`;
