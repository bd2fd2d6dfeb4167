import { utcFormat } from 'd3';
import type { RankFilters } from '../queries/rankFilters';

const STORES: Record<string, string> = { ios: 'App Store', google_play: 'Google Play' };
const CHARTS: Record<string, string> = {
  top_free: 'Top free',
  top_paid: 'Top paid',
  top_grossing: 'Top grossing',
};
const formatDay = utcFormat('%-d %b %Y');

/** "US App Store · Top free · Overall · 1 Dec 2024 – 31 Mar 2025" */
export function describeView(filters: RankFilters): string {
  const category =
    filters.category === 'overall' ? 'Overall' : filters.category.replaceAll('_', ' ');
  const from = formatDay(new Date(`${filters.from}T00:00:00Z`));
  const to = formatDay(new Date(`${filters.to}T00:00:00Z`));
  return [
    `${filters.country} ${STORES[filters.store] ?? filters.store}`,
    CHARTS[filters.chart] ?? filters.chart,
    category,
    `${from} – ${to}`,
  ].join(' · ');
}
