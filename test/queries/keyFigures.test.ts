import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { isoDate } from '../../src/queries/isoDate';
import {
  keyFiguresQuery,
  type KeyFigureFilters,
  type KeyFiguresRow,
} from '../../src/queries/keyFigures';
import { emptyDb, loadFile } from '../helpers/sampleDb';

// test/fixtures/queries/key-figures.csv, US iOS top free overall (rank / downloads):
//          01-09  01-10  01-11  01-12  01-13  01-14  01-15  01-16  01-17
//   xhs    1/50   12/100 1/300  2/500  1/500  9/200    –    11/100 1/900
//   lemon8   –      –    2/0      –    2/40     –    1/40     –      –
// plus Xiaohongshu #1 on the 12th in social_networking and #1/1000 on Google Play on the 11th;
// TikTok #3/1000 on 01-05 and #1/800 in Canada on the 12th.
const range: KeyFigureFilters = {
  apps: ['xiaohongshu', 'lemon8', 'tiktok', 'flip'],
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
  from: '2025-01-10',
  to: '2025-01-16',
  eventDate: '2025-01-13',
};

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'app_rankings', 'test/fixtures/queries/key-figures.csv');
  await loadFile(db, 'hashtag_views', 'test/fixtures/queries/hashtags.csv');
});
afterAll(async () => db.close());

async function figures(filters: KeyFigureFilters): Promise<Record<string, KeyFiguresRow>> {
  const rows = await db.query<KeyFiguresRow>(keyFiguresQuery(filters));
  return Object.fromEntries(rows.map((row) => [row.app, row]));
}

const day = (date: Date | null) => (date ? isoDate(date) : null);

describe('key figures query', () => {
  it('returns one row per selected app, in the order chosen', async () => {
    const rows = await db.query<KeyFiguresRow>(keyFiguresQuery(range));
    expect(rows.map((r) => r.app)).toEqual(['xiaohongshu', 'lemon8', 'tiktok', 'flip']);
  });

  it('finds the best rank and the first day of the range it was reached', async () => {
    const { xiaohongshu, lemon8 } = await figures(range);
    // #1 on 01-11 and 01-13 (a tie: the first counts); 01-09 and 01-17 lie outside the range.
    expect([xiaohongshu!.bestRank, day(xiaohongshu!.bestRankDate)]).toEqual([1, '2025-01-11']);
    expect([lemon8!.bestRank, day(lemon8!.bestRankDate)]).toEqual([1, '2025-01-15']);
  });

  it('counts the days at #1 and in the top 10 inside the range', async () => {
    const { xiaohongshu, lemon8 } = await figures(range);
    expect([xiaohongshu!.daysAtOne, xiaohongshu!.daysInTop10]).toEqual([2, 4]); // 11, 13; 11-14
    expect([lemon8!.daysAtOne, lemon8!.daysInTop10]).toEqual([1, 3]);
  });

  it('finds the peak daily downloads and the first day of it', async () => {
    const { xiaohongshu, lemon8 } = await figures(range);
    expect([xiaohongshu!.peakDownloads, day(xiaohongshu!.peakDate)]).toEqual([500, '2025-01-12']);
    expect([lemon8!.peakDownloads, day(lemon8!.peakDate)]).toEqual([40, '2025-01-13']);
  });

  it('compares the event day and the six after it with the seven days before', async () => {
    const { xiaohongshu } = await figures(range);
    expect(xiaohongshu).toMatchObject({
      downloadsBefore: 950, // 01-06..01-12: 50 + 100 + 300 + 500
      daysBefore: 4,
      downloadsAfter: 1700, // 01-13..01-19: 500 + 200 + 100 + 900
      daysAfter: 4,
    });
    expect(xiaohongshu!.afterToBefore).toBeCloseTo(1700 / 950, 9);
  });

  it('leaves the ratio NULL when the week before sums to 0', async () => {
    const { lemon8 } = await figures(range);
    expect(lemon8).toMatchObject({
      downloadsBefore: 0, // 01-11's 0
      daysBefore: 1,
      downloadsAfter: 80, // 40 + 40
      daysAfter: 2,
      afterToBefore: null,
    });
  });

  it('reads a full week after an event on the range’s last day', async () => {
    const { xiaohongshu } = await figures({ ...range, eventDate: '2025-01-16' });
    expect(xiaohongshu).toMatchObject({
      downloadsBefore: 1650, // 01-09..01-15: 50 + 100 + 300 + 500 + 500 + 200
      daysBefore: 6,
      downloadsAfter: 1000, // 01-16..01-22: 100 + 900 (01-17 lies after the range)
      daysAfter: 2,
    });
    expect(xiaohongshu!.afterToBefore).toBeCloseTo(1000 / 1650, 9);
  });

  it('reads a full week before an event on the range’s first day', async () => {
    const { xiaohongshu } = await figures({ ...range, eventDate: '2025-01-10' });
    expect(xiaohongshu).toMatchObject({
      downloadsBefore: 50, // 01-03..01-09: only 01-09
      daysBefore: 1,
      downloadsAfter: 1700, // 01-10..01-16: 100 + 300 + 500 + 500 + 200 + 100
      daysAfter: 6,
      afterToBefore: 34,
    });
  });

  it('leaves the event figures empty without an event', async () => {
    const { xiaohongshu } = await figures({ ...range, eventDate: null });
    expect(xiaohongshu).toMatchObject({
      downloadsBefore: null,
      downloadsAfter: null,
      daysBefore: 0,
      daysAfter: 0,
      afterToBefore: null,
      peakDownloads: 500,
    });
  });

  it('gives an app never ranked in the range NULLs and zeros, not a missing row', async () => {
    const { tiktok, flip } = await figures(range);
    // TikTok's US row of 01-05 lies before the range and before the week before the event.
    for (const app of [tiktok, flip]) {
      expect(app).toMatchObject({
        bestRank: null,
        bestRankDate: null,
        daysAtOne: 0,
        daysInTop10: 0,
        peakDownloads: null,
        peakDate: null,
        downloadsBefore: null,
        downloadsAfter: null,
        daysBefore: 0,
        daysAfter: 0,
        afterToBefore: null,
      });
    }
    expect(flip!.hashtagViews).toBeNull();
  });

  it('takes a day’s best rank across the charts left open, counting its downloads once', async () => {
    const { xiaohongshu } = await figures({ ...range, category: null });
    // 01-12 is #1 in social_networking; its 500 downloads sit on both rows.
    expect([xiaohongshu!.daysAtOne, xiaohongshu!.peakDownloads]).toEqual([3, 500]);
    expect(xiaohongshu!.downloadsBefore).toBe(950);
  });

  it('sums downloads over the stores and countries left open', async () => {
    const { xiaohongshu } = await figures({ ...range, store: null });
    expect([xiaohongshu!.peakDownloads, day(xiaohongshu!.peakDate)]).toEqual([1300, '2025-01-11']);
    const { tiktok } = await figures({ ...range, country: null });
    expect(tiktok).toMatchObject({ bestRank: 1, daysAtOne: 1, peakDownloads: 800 });
  });

  it('sums each hashtag’s last count on the app’s platform by the end of the range', async () => {
    const atEnd = await figures(range);
    expect(atEnd.xiaohongshu!.hashtagViews).toBe(980); // tiktokrefugee on 01-15
    expect(atEnd.tiktok!.hashtagViews).toBe(6900); // rednote 1300 + lemon8 5600
    expect(atEnd.lemon8!.hashtagViews).toBeNull(); // nothing observed on Lemon8
    // The 12th ends with the 21:00 recount (380), and counts from before the range still count.
    const early = await figures({ ...range, from: '2025-01-12', to: '2025-01-12' });
    expect(early.xiaohongshu!.hashtagViews).toBe(380);
    expect(early.tiktok!.hashtagViews).toBe(6900);
    const before = await figures({ ...range, from: '2025-01-09', to: '2025-01-09' });
    expect(before.tiktok!.hashtagViews).toBe(5000);
    expect(before.xiaohongshu!.hashtagViews).toBeNull();
  });
});
