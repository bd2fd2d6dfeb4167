import type { HeatmapCell, HeatmapCountry } from '../charts/rankHeatmap';
import { countryLabel } from '../domain/labels';
import type { RankHeatmapRow } from './rankHeatmap';

/** The heat map's rows (countries in the query's order) and cells. */
export function toHeatmapData(rows: readonly RankHeatmapRow[]): {
  countries: HeatmapCountry[];
  cells: HeatmapCell[];
} {
  const order = new Map<string, number>();
  for (const row of rows) order.set(row.country, row.countryOrder);
  const countries = [...order]
    .sort((a, b) => a[1] - b[1])
    .map(([code]) => ({ code, name: countryLabel(code) }));
  return { countries, cells: rows.map(({ country, date, rank }) => ({ country, date, rank })) };
}
