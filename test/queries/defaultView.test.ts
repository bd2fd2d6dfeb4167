import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { eventsQuery, type EventRow } from '../../src/queries/events';
import { isoDate } from '../../src/queries/isoDate';
import { readOverview } from '../../src/ui/dashboard/readOverview';
import { rankDateExtent } from '../../src/queries/rankDateExtent';
import { rankHistoryQuery, toRankSeries, type RankHistoryRow } from '../../src/queries/rankHistory';
import { DEFAULT_RANK_VIEW } from '../../src/state/defaultView';
import { sampleDb } from '../helpers/sampleDb';

let db: Database;
beforeAll(async () => {
  db = await sampleDb();
});
afterAll(async () => db.close());

async function defaultFilters() {
  const overview = await readOverview(db, DEFAULT_RANK_VIEW);
  const extent = rankDateExtent(overview);
  return { ...DEFAULT_RANK_VIEW, from: isoDate(extent.first!), to: isoDate(extent.last!) };
}

describe('the default view over the bundled snapshots', () => {
  it('spans every day from 1 December 2024 to 31 March 2025', async () => {
    const filters = await defaultFilters();
    expect([filters.from, filters.to]).toEqual(['2024-12-01', '2025-03-31']);
  });

  it('draws TikTok, Xiaohongshu and Lemon8, each with one point a day', async () => {
    const rows = await db.query<RankHistoryRow>(rankHistoryQuery(await defaultFilters()));
    const series = toRankSeries(rows);
    expect(series.map((s) => s.app)).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
    expect(series.map((s) => s.points.length)).toEqual([121, 121, 121]);
  });

  it('has Xiaohongshu at #1 and TikTok unranked while it was out of the US store', async () => {
    const rows = await db.query<RankHistoryRow>(rankHistoryQuery(await defaultFilters()));
    const [tiktok, xiaohongshu] = toRankSeries(rows);
    expect(Math.min(...xiaohongshu!.points.flatMap((p) => (p.rank ? [p.rank] : [])))).toBe(1);
    const absent = tiktok!.points.filter((p) => p.rank === null).map((p) => isoDate(p.date));
    expect(absent[0]).toBe('2025-01-19');
    expect(absent.at(-1)).toBe('2025-02-13');
    expect(absent).toHaveLength(26);
  });

  it('marks the real events of the period, and none outside it', async () => {
    const filters = await defaultFilters();
    const events = await db.query<EventRow>(eventsQuery(filters.from, filters.to));
    expect(events.length).toBe(10);
    expect(
      events.every((e) => isoDate(e.date) >= filters.from && isoDate(e.date) <= filters.to),
    ).toBe(true);
  });
});
