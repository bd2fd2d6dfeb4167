import { utcFormat } from 'd3';
import { categoryLabel, chartLabel, storeLabel } from '../domain/labels';
import type { RankFilters } from '../queries/rankFilters';

const formatDay = utcFormat('%-d %b %Y');

/** "US App Store · Top free · Overall · 1 Dec 2024 – 31 Mar 2025" */
export function describeView(filters: Omit<RankFilters, 'apps'>): string {
  const from = formatDay(new Date(`${filters.from}T00:00:00Z`));
  const to = formatDay(new Date(`${filters.to}T00:00:00Z`));
  return [
    `${filters.country} ${storeLabel(filters.store)}`,
    chartLabel(filters.chart),
    categoryLabel(filters.category),
    `${from} – ${to}`,
  ].join(' · ');
}
