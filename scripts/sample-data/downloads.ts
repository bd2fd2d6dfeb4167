import { APPS, COUNTRIES, STORES, type AppId, type Country, type Store } from './apps';
import { dayNumber } from './calendar';
import { apportion } from './curve';
import { PUBLISHED_US_DOWNLOADS } from './milestones';
import { streamFor } from './random';
import {
  likeeUsDailyTotals,
  xiaohongshuUsDailyTotals,
  type DailyTotals,
} from './us-download-series';

/** Overall ranks (or downloads) of one chart: one day, one store, one country. */
export type ChartValues = Map<AppId, number>;
export type ChartsByKey = Map<string, ChartValues>;

export function chartKey(day: string, store: Store, country: Country): string {
  return `${day}|${store}|${country}`;
}

/** Estimated daily downloads of the #1 free app; rank r gets top * r^-RANK_EXPONENT. */
const TOP_RANK_DAILY_DOWNLOADS: Readonly<Record<Country, Readonly<Record<Store, number>>>> = {
  US: { ios: 120_000, google_play: 100_000 },
  CA: { ios: 14_000, google_play: 10_000 },
  GB: { ios: 22_000, google_play: 16_000 },
  AU: { ios: 11_000, google_play: 7_000 },
  DE: { ios: 12_000, google_play: 18_000 },
};
const RANK_EXPONENT = 0.6;
const DAILY_NOISE = 0.08;

export function downloadsAtRank(store: Store, country: Country, rank: number): number {
  return TOP_RANK_DAILY_DOWNLOADS[country][store] * rank ** -RANK_EXPONENT;
}

/**
 * Downloads follow from the overall rank (as store-intelligence estimates do), except where a
 * published US figure applies: then the US total is fixed and split between stores by rank.
 */
export function estimateDownloads(
  seed: number,
  days: readonly string[],
  ranks: ChartsByKey,
): ChartsByKey {
  const estimates = rankBasedEstimates(seed, days, ranks);
  scaleLemon8ToDecemberTotal(days, estimates);
  const downloads: ChartsByKey = new Map(
    [...estimates].map(([key, chart]) => [
      key,
      new Map([...chart].map(([app, v]) => [app, Math.round(v)])),
    ]),
  );
  fixDecemberLemon8Sum(days, estimates, downloads);
  splitUsTotals('xiaohongshu', xiaohongshuUsDailyTotals(seed, days), ranks, downloads);
  splitUsTotals('likee', likeeUsDailyTotals(seed, days), ranks, downloads);
  return downloads;
}

function rankBasedEstimates(
  seed: number,
  days: readonly string[],
  ranks: ChartsByKey,
): ChartsByKey {
  const estimates: ChartsByKey = new Map();
  for (const app of APPS) {
    for (const store of STORES) {
      for (const country of COUNTRIES) {
        const random = streamFor(seed, `downloads|${app}|${store}|${country}`);
        for (const day of days) {
          const wobble = Math.exp(DAILY_NOISE * random.normal());
          const key = chartKey(day, store, country);
          const rank = ranks.get(key)?.get(app);
          if (rank === undefined) continue;
          const chart = estimates.get(key) ?? new Map<AppId, number>();
          chart.set(app, downloadsAtRank(store, country, rank) * wobble);
          estimates.set(key, chart);
        }
      }
    }
  }
  return estimates;
}

function usLemon8Cells(days: readonly string[], month: string): { key: string; day: string }[] {
  return days
    .filter((day) => day.startsWith(month))
    .flatMap((day) => STORES.map((store) => ({ key: chartKey(day, store, 'US'), day })));
}

/** The scale applied to December fades out over these first days of January. */
const LEMON8_SCALE_FADE_DAYS = 10;

/**
 * Lemon8's December installs (a paid push on TikTok) ran far above what its chart place implies:
 * December is scaled to the published month, and the scale fades out in early January.
 */
function scaleLemon8ToDecemberTotal(days: readonly string[], estimates: ChartsByKey): void {
  const december = usLemon8Cells(days, '2024-12');
  const sum = december.reduce(
    (total, { key }) => total + (estimates.get(key)?.get('lemon8') ?? 0),
    0,
  );
  const decemberScale = PUBLISHED_US_DOWNLOADS.lemon8December / sum;
  const fadeStart = dayNumber('2025-01-01');
  for (const day of days) {
    const fade = Math.min(
      Math.max((dayNumber(day) - fadeStart + 1) / (LEMON8_SCALE_FADE_DAYS + 1), 0),
      1,
    );
    const scale = decemberScale + (1 - decemberScale) * fade;
    for (const store of STORES) {
      const chart = estimates.get(chartKey(day, store, 'US'));
      const value = chart?.get('lemon8');
      if (chart !== undefined && value !== undefined) chart.set('lemon8', value * scale);
    }
  }
}

/** Rounding each day separately would miss the published monthly total by a few installs. */
function fixDecemberLemon8Sum(
  days: readonly string[],
  estimates: ChartsByKey,
  downloads: ChartsByKey,
): void {
  const december = usLemon8Cells(days, '2024-12');
  const parts = apportion(
    PUBLISHED_US_DOWNLOADS.lemon8December,
    december.map(({ key }) => estimates.get(key)?.get('lemon8') ?? 0),
  );
  december.forEach(({ key }, index) => downloads.get(key)?.set('lemon8', parts[index] ?? 0));
}

function splitUsTotals(
  app: AppId,
  totals: DailyTotals,
  ranks: ChartsByKey,
  downloads: ChartsByKey,
): void {
  for (const [day, total] of totals) {
    const weights = STORES.map((store) => {
      const rank = ranks.get(chartKey(day, store, 'US'))?.get(app);
      return rank === undefined ? 0 : downloadsAtRank(store, 'US', rank);
    });
    const [iosWeight = 0, googlePlayWeight = 0] = weights;
    if (iosWeight + googlePlayWeight === 0) continue;
    const ios = Math.round((total * iosWeight) / (iosWeight + googlePlayWeight));
    const shares: Record<Store, number> = { ios, google_play: total - ios };
    for (const store of STORES) {
      const key = chartKey(day, store, 'US');
      if (ranks.get(key)?.has(app) === true) downloads.get(key)?.set(app, shares[store]);
    }
  }
}
