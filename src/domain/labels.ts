import { COUNTRY_NAMES } from './countries';

const STORE_LABELS: Record<string, string> = { ios: 'App Store', google_play: 'Google Play' };
const CHART_LABELS: Record<string, string> = {
  top_free: 'Top free',
  top_paid: 'Top paid',
  top_grossing: 'Top grossing',
};

/** Names a reader knows for the ids the tables hold. Unknown ids are shown as they are. */
// COUNTRY_NAMES lists the alpha-3 code first, then the short English name.
export const storeLabel = (id: string) => STORE_LABELS[id] ?? id;
export const chartLabel = (id: string) => CHART_LABELS[id] ?? id;
export const categoryLabel = (id: string) =>
  id === 'overall' ? 'Overall' : id.replaceAll(/[_-]/g, ' ').replace(/^./, (c) => c.toUpperCase());
export const countryLabel = (code: string) => COUNTRY_NAMES[code]?.[1] ?? code;
