import { canonicalHeader } from '../../src/ingest/canonicalColumns';
import { ILLUSTRATIVE, rankOnlySource } from '../../src/domain/provenance';
import {
  APPS,
  CHART,
  COUNTRIES,
  FIRST_DAY,
  LAST_DAY,
  OVERALL,
  SOCIAL_CATEGORY,
  STORES,
  isListed,
  type AppId,
  type Country,
  type Store,
} from './apps';
import { daysFrom } from './calendar';
import { formatCsv, type CsvValue } from './csv';
import { chartKey, estimateDownloads, type ChartsByKey } from './downloads';
import { BEST_ALLOWED_RANKS, PUBLISHED_RANKS, type PublishedRank } from './milestones';
import { createRankTargets } from './rank-targets';
import { resolveRanks, socialCategoryRanks } from './resolve-ranks';

function byChart<T extends Omit<PublishedRank, 'source'>>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = chartKey(row.date, row.store, row.country);
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  return grouped;
}

function overallRanks(seed: number, days: readonly string[]): ChartsByKey {
  const target = createRankTargets(seed, days.length);
  const published = byChart(PUBLISHED_RANKS);
  const floors = byChart(BEST_ALLOWED_RANKS);
  const ranks: ChartsByKey = new Map();
  for (const day of days) {
    for (const store of STORES) {
      for (const country of COUNTRIES) {
        const key = chartKey(day, store, country);
        const listed = APPS.filter((app) => isListed(app, country, day));
        const targets = new Map(listed.map((app) => [app, target(app, store, country, day)]));
        for (const floor of floors.get(key) ?? []) {
          targets.set(floor.app, Math.max(floor.rank, targets.get(floor.app) ?? floor.rank));
        }
        const pinned = new Map((published.get(key) ?? []).map((p) => [p.app, p.rank]));
        ranks.set(key, resolveRanks(targets, pinned));
      }
    }
  }
  return ranks;
}

interface RankingRow {
  date: string;
  app: AppId;
  store: Store;
  country: Country;
  category: string;
  rank: number;
  downloads: number;
  source: string;
}

function compareRows(a: RankingRow, b: RankingRow): number {
  const keyA = [a.date, a.store, a.country, a.category];
  const keyB = [b.date, b.store, b.country, b.category];
  for (let i = 0; i < keyA.length; i += 1) {
    const [x = '', y = ''] = [keyA[i], keyB[i]];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.rank - b.rank;
}

export function generateRankingsCsv(seed: number): string {
  const days = daysFrom(FIRST_DAY, LAST_DAY);
  const ranks = overallRanks(seed, days);
  const downloads = estimateDownloads(seed, days, ranks);
  // The press published the position, never that row's downloads: the label says so, so a
  // downloads chart drawn from the row cannot cite the publisher for an invented number.
  const sources = new Map(
    PUBLISHED_RANKS.map((p) => [
      `${chartKey(p.date, p.store, p.country)}|${p.app}`,
      rankOnlySource(p.source),
    ]),
  );
  const rows: RankingRow[] = [];
  for (const date of days) {
    for (const store of STORES) {
      for (const country of COUNTRIES) {
        const key = chartKey(date, store, country);
        const chart = ranks.get(key) ?? new Map<AppId, number>();
        const rowFor = (app: AppId, category: string, rank: number, source: string): RankingRow => {
          const estimate = downloads.get(key)?.get(app);
          if (estimate === undefined) throw new Error(`no downloads for ${key}|${app}`);
          return { date, app, store, country, category, rank, downloads: estimate, source };
        };
        for (const [app, rank] of chart) {
          rows.push(rowFor(app, OVERALL, rank, sources.get(`${key}|${app}`) ?? ILLUSTRATIVE));
        }
        // Every published position is an overall one: category ranks are always illustrative.
        for (const [app, rank] of socialCategoryRanks(chart)) {
          rows.push(rowFor(app, SOCIAL_CATEGORY[store], rank, ILLUSTRATIVE));
        }
      }
    }
  }
  rows.sort(compareRows);
  const records: CsvValue[][] = rows.map((r) => [
    r.date,
    r.app,
    r.store,
    r.country,
    CHART,
    r.category,
    r.rank,
    r.downloads,
    r.source,
  ]);
  return formatCsv(canonicalHeader('app_rankings'), records);
}
