import { createRandom } from '../../scripts/sample-data/random';

/** The shape of a generated ranking file: every app ranked in every country and store each day. */
export interface RankingLayout {
  readonly firstDay: string;
  readonly apps: readonly string[];
  readonly countries: readonly string[];
  readonly stores: readonly string[];
}

const FOCUS = ['tiktok', 'xiaohongshu', 'lemon8', 'capcut', 'instagram'];
const COUNTRIES =
  'US GB CA AU DE FR IT ES NL SE NO DK FI PL PT IE BE AT CH CZ JP KR TW HK SG MY TH VN PH ID IN PK BR MX AR CL CO PE ZA NG EG SA AE TR IL NZ RO HU GR UA'.split(
    ' ',
  );

/** 100 apps × 50 countries × 2 stores: 10,000 rows a day, so 1M rows is 100 days. */
export const BENCH_LAYOUT: RankingLayout = {
  firstDay: '2022-01-01',
  apps: [
    ...FOCUS,
    ...Array.from({ length: 95 }, (_, i) => `bench-app-${String(i + 1).padStart(3, '0')}`),
  ],
  countries: COUNTRIES,
  stores: ['ios', 'google_play'],
};

export const CSV_HEADER = 'date,app,store,country,chart,category,rank,downloads\n';

const DAY = 86_400_000;

/**
 * The lines of one day of a generated ranking file: in each store and country the apps are ranked
 * 1..N by a popularity that drifts from day to day, and downloads fall with rank, with noise.
 * Seeded, so the same seed and day give the same lines.
 */
export function dayLines(layout: RankingLayout, day: number, seed: number): string {
  const date = new Date(Date.parse(`${layout.firstDay}T00:00:00Z`) + day * DAY)
    .toISOString()
    .slice(0, 10);
  const random = createRandom(seed * 100_003 + day);
  const lines: string[] = [];
  for (const store of layout.stores) {
    for (const country of layout.countries) {
      const scored = layout.apps.map((app, i) => ({
        app,
        score: Math.sin(day / 17 + i) + i * -0.05 + random.next() * 0.8,
      }));
      scored.sort((a, b) => b.score - a.score);
      scored.forEach(({ app }, i) => {
        const rank = i + 1;
        const downloads = Math.round((400_000 / rank ** 0.9) * (0.8 + random.next() * 0.4));
        lines.push(`${date},${app},${store},${country},top_free,overall,${rank},${downloads}`);
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

export const rowsPerDay = (layout: RankingLayout) =>
  layout.apps.length * layout.countries.length * layout.stores.length;
