import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { sampleDb } from './helpers/sampleDb';

// Each published milestone of shared/reference/milestones.md, checked against the bundled
// snapshots as loaded into DuckDB. US App Store (iPhone), top free overall, unless stated.

let db: Database;
beforeAll(async () => {
  db = await sampleDb();
});
afterAll(async () => db.close());

interface RankRow {
  app: string;
  rank: number;
  source: string;
}

async function ranks(date: string, store = 'ios', country = 'US'): Promise<Map<string, RankRow>> {
  const rows = await db.query<RankRow>({
    sql: `SELECT app, rank, source FROM app_rankings
          WHERE date = CAST(? AS DATE) AND store = ? AND country = ?
            AND chart = 'top_free' AND category = 'overall'`,
    params: [date, store, country],
  });
  return new Map(rows.map((row) => [row.app, row]));
}

async function expectRanks(
  date: string,
  expected: Record<string, number>,
  publisher: string,
  store = 'ios',
) {
  const day = await ranks(date, store);
  for (const [app, rank] of Object.entries(expected)) {
    expect(day.get(app)?.rank, `${app} on ${store} ${date}`).toBe(rank);
    expect(day.get(app)?.source, `source of ${app} on ${date}`).toContain(publisher);
  }
}

/** US downloads of an app summed over both stores, over the days from..to inclusive. */
async function usDownloads(app: string, from: string, to: string): Promise<number> {
  const [row] = await db.query<{ total: number | null }>({
    sql: `SELECT sum(downloads)::DOUBLE AS total FROM app_rankings
          WHERE app = ? AND country = 'US' AND chart = 'top_free' AND category = 'overall'
            AND date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`,
    params: [app, from, to],
  });
  return row?.total ?? 0;
}

describe('published chart positions', () => {
  it('has Lemon8 at #1 on 7 and 8 January 2025 (Her Campus; Forbes)', async () => {
    await expectRanks('2025-01-07', { lemon8: 1 }, 'Her Campus');
    await expectRanks('2025-01-08', { lemon8: 1 }, 'Her Campus');
  });

  it('has RedNote #1 and Lemon8 #2 on 13 January (Bloomberg; NBC News)', async () => {
    await expectRanks('2025-01-13', { xiaohongshu: 1, lemon8: 2 }, 'Bloomberg');
  });

  it('has Lemon8 #1 and RedNote #34 on Google Play US on 13 January (Engadget)', async () => {
    await expectRanks('2025-01-13', { lemon8: 1, xiaohongshu: 34 }, 'Engadget', 'google_play');
  });

  it('has RedNote #1, Lemon8 #2 and Clapper #3 on 14 January (Reuters and others)', async () => {
    await expectRanks('2025-01-14', { xiaohongshu: 1, lemon8: 2 }, 'Reuters');
    await expectRanks('2025-01-14', { clapper: 3 }, 'Wikipedia');
  });

  it('has Lemon8 #1 and RedNote #2 on Google Play US around 15 January (Decrypt)', async () => {
    await expectRanks('2025-01-15', { lemon8: 1, xiaohongshu: 2 }, 'Decrypt', 'google_play');
  });

  it('has RedNote #1 on both stores and TikTok outside the top 5 on 16-17 January', async () => {
    for (const date of ['2025-01-16', '2025-01-17']) {
      for (const store of ['ios', 'google_play']) {
        await expectRanks(date, { xiaohongshu: 1 }, 'Fox', store);
        const tiktok = (await ranks(date, store)).get('tiktok');
        expect(tiktok === undefined || tiktok.rank > 5, `TikTok on ${store} ${date}`).toBe(true);
      }
    }
  });

  it('has no US rank for TikTok, Lemon8 or CapCut from 19 January to 13 February', async () => {
    const rows = await db.query<{ app: string; n: number }>(
      `SELECT app, count(*) AS n FROM app_rankings
       WHERE country = 'US' AND app IN ('tiktok', 'lemon8', 'capcut')
         AND date BETWEEN DATE '2025-01-19' AND DATE '2025-02-13'
       GROUP BY app`,
    );
    expect(rows).toEqual([]);
    const eve = await ranks('2025-01-18');
    expect(eve.has('tiktok')).toBe(true);
  });

  it('has RedNote #1, Likee #2, Clapper #4, Flip #10, Favorited #15 around 20 January', async () => {
    await expectRanks(
      '2025-01-20',
      { xiaohongshu: 1, likee: 2, clapper: 4, flip: 10, favorited: 15 },
      'TechCrunch/Appfigures',
    );
  });

  it('has DeepSeek #1 and RedNote no longer #1 on 26 January (TechCrunch)', async () => {
    await expectRanks('2025-01-26', { deepseek: 1 }, 'TechCrunch');
    expect((await ranks('2025-01-26')).get('xiaohongshu')?.rank).toBeGreaterThan(1);
  });

  it('has TikTok back at #1 and CapCut #5 right after the return of 13 February', async () => {
    await expectRanks('2025-02-14', { tiktok: 1, capcut: 5 }, 'blue News');
  });
});

describe('published download estimates (US, both stores)', () => {
  it('has RedNote downloads up 194% in the week to 14 January (Sensor Tower via Reuters)', async () => {
    const before = await usDownloads('xiaohongshu', '2025-01-01', '2025-01-07');
    const week = await usDownloads('xiaohongshu', '2025-01-08', '2025-01-14');
    expect(week / before).toBeGreaterThan(2.94 * 0.99);
    expect(week / before).toBeLessThan(2.94 * 1.01);
  });

  it('has about 3.4 million Lemon8 downloads in December 2024 (Sensor Tower via Reuters)', async () => {
    const december = await usDownloads('lemon8', '2024-12-01', '2024-12-31');
    expect(Math.abs(december - 3_400_000) / 3_400_000).toBeLessThan(0.02);
  });

  it('has about 818,000 RedNote installs from 1 to 19 January (Appfigures)', async () => {
    const installs = await usDownloads('xiaohongshu', '2025-01-01', '2025-01-19');
    expect(Math.abs(installs - 818_000) / 818_000).toBeLessThan(0.01);
  });

  it('has RedNote daily downloads fall from 126.7K on 22 to 25.5K on 26 January (Appfigures)', async () => {
    expect(await usDownloads('xiaohongshu', '2025-01-22', '2025-01-22')).toBe(126_700);
    expect(await usDownloads('xiaohongshu', '2025-01-26', '2025-01-26')).toBe(25_500);
  });

  it('has Likee at about 167K and 286K on 19 and 20 January, under 10K a day before (Apptopia)', async () => {
    expect(await usDownloads('likee', '2025-01-19', '2025-01-19')).toBeCloseTo(167_000, -3);
    expect(await usDownloads('likee', '2025-01-20', '2025-01-20')).toBeCloseTo(286_000, -3);
    const [{ busiest } = { busiest: Infinity }] = await db.query<{ busiest: number }>(
      `SELECT max(daily)::DOUBLE AS busiest FROM (
         SELECT date, sum(downloads) AS daily FROM app_rankings
         WHERE app = 'likee' AND country = 'US' AND chart = 'top_free' AND category = 'overall'
           AND date < DATE '2025-01-19'
         GROUP BY date)`,
    );
    expect(busiest).toBeLessThan(10_000);
  });
});

describe('published counts of the "TikTok refugee" hashtag on Xiaohongshu', () => {
  const published: [string, number, number | null, string][] = [
    ['2025-01-14', 25_000_000, null, 'Bloomberg'],
    ['2025-01-14', 73_000_000, 114_000, 'China Daily'],
    ['2025-01-14', 100_000_000, null, 'New York Times'],
    ['2025-01-15', 64_906_000, 108_000, 'AsiaICT'],
    ['2025-01-15', 250_000_000, null, 'CNN'],
  ];

  it.each(published)('has %s: %i views, %s posts, from %s', async (date, views, posts, source) => {
    const rows = await db.query<{ views: number; posts: number | null }>({
      sql: `SELECT views, posts FROM hashtag_views
            WHERE platform = 'xiaohongshu' AND hashtag = 'tiktokrefugee'
              AND CAST(observed_at AS DATE) = CAST(? AS DATE) AND source = ?`,
      params: [date, source],
    });
    expect(rows).toEqual([{ views, posts }]);
  });

  it('has the China Daily count at 18:00 Beijing time (10:00 UTC) on 14 January', async () => {
    const rows = await db.query<{ observed_at: Date }>(
      "SELECT observed_at FROM hashtag_views WHERE source = 'China Daily'",
    );
    expect(rows).toEqual([{ observed_at: new Date('2025-01-14T10:00:00Z') }]);
  });
});

describe('provenance', () => {
  it('labels every row of every table with a source', async () => {
    for (const table of ['app_rankings', 'hashtag_views', 'events']) {
      const [{ n } = { n: -1 }] = await db.query<{ n: number }>(
        `SELECT count(*) AS n FROM ${table} WHERE source IS NULL OR trim(source) = ''`,
      );
      expect(n, table).toBe(0);
    }
  });

  it('keeps the illustrative rows labelled as such, and most rows are illustrative', async () => {
    const [row] = await db.query<{ illustrative: number; total: number }>(
      `SELECT count(*) FILTER (WHERE source = 'illustrative') AS illustrative, count(*) AS total
       FROM app_rankings`,
    );
    expect(row!.illustrative).toBeGreaterThan(row!.total * 0.99);
  });
});
