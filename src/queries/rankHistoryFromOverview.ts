import { groupInOrder } from './groupInOrder';
import type { OverviewRow } from './toOverviewRows';
import type { RankFilters } from './rankFilters';
import type { RankHistoryRow } from './rankHistory';

const DAY_MS = 86_400_000;

/**
 * The rows `rankHistoryQuery` returns, read from the overview of the same apps and chart: with
 * store, country, chart and category fixed, an app's best rank of a day is its only one, so the
 * overview holds the same ranks over every day any of the apps is ranked. The charts of a changed
 * view then wait for one query rather than two in turn. Days of the range outside the overview's
 * have no rank.
 */
export function rankHistoryFromOverview(
  overview: readonly OverviewRow[],
  { apps, from, to }: Pick<RankFilters, 'apps' | 'from' | 'to'>,
): RankHistoryRow[] {
  const first = overview[0]?.date.getTime() ?? 0;
  const byApp = groupInOrder(overview, (r) => r.app);
  const last = Date.parse(`${to}T00:00:00Z`);
  const rows: RankHistoryRow[] = [];
  for (const app of apps) {
    // An app's overview rows run over consecutive days from the first.
    const days = byApp.get(app) ?? [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= last; t += DAY_MS) {
      const row = days[(t - first) / DAY_MS];
      const ranked = row?.date.getTime() === t ? row : null;
      rows.push({
        app,
        date: new Date(t),
        rank: ranked?.rank ?? null,
        source: ranked?.source ?? null,
      });
    }
  }
  return rows;
}
