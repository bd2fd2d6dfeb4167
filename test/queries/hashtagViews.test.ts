import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { isoDate } from '../../src/queries/isoDate';
import {
  hashtagViewsQuery,
  type HashtagViewsFilters,
  type HashtagViewsRow,
} from '../../src/queries/hashtagViews';
import { emptyDb, loadFile } from '../helpers/sampleDb';

const all: HashtagViewsFilters = {
  hashtags: [],
  platforms: [],
  from: '2025-01-10',
  to: '2025-01-15',
};

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'hashtag_views', 'test/fixtures/queries/hashtags.csv');
});
afterAll(async () => db.close());

async function series(filters: HashtagViewsFilters) {
  const rows = await db.query<HashtagViewsRow>(hashtagViewsQuery(filters));
  return rows.map((r) => [
    `${r.hashtag}@${r.platform}`,
    isoDate(r.date),
    r.views,
    r.daily,
    r.correction,
    r.gapDays,
  ]);
}

describe('hashtag views query', () => {
  it('keeps each day’s last count and derives the growth since the previous observed day', async () => {
    expect(await series(all)).toEqual([
      // 5600 − 5000 on 2025-01-09, the day before the range
      ['lemon8@tiktok', '2025-01-10', 5600, 600, null, 1],
      // 23:30 is the last count of the 11th; 00:00 belongs to the 12th: 1300 − 1200
      ['rednote@tiktok', '2025-01-11', 1200, null, null, null],
      ['rednote@tiktok', '2025-01-12', 1300, 100, null, 1],
      // 18:00's 150, not 06:00's 100
      ['tiktokrefugee@xiaohongshu', '2025-01-10', 150, null, null, null],
      ['tiktokrefugee@xiaohongshu', '2025-01-11', 400, 250, null, 1],
      // the 12th closes at 380 (a recount after 500): 380 − 400 is a correction, not growth
      ['tiktokrefugee@xiaohongshu', '2025-01-12', 380, null, -20, 1],
      // 980 − 380 over the three days since the 12th
      ['tiktokrefugee@xiaohongshu', '2025-01-15', 980, 600, null, 3],
    ]);
  });

  it('gives the source of the day’s last count', async () => {
    const rows = await db.query<HashtagViewsRow>(
      hashtagViewsQuery({ ...all, platforms: ['xiaohongshu'] }),
    );
    expect(rows.map((r) => r.source)).toEqual([
      'illustrative',
      'illustrative',
      'Example Daily',
      'illustrative',
    ]);
  });

  it('reads only the hashtags and platforms chosen, all of them when none is', async () => {
    expect((await series({ ...all, hashtags: ['rednote'] })).map((r) => r[1])).toEqual([
      '2025-01-11',
      '2025-01-12',
    ]);
    expect(await series({ ...all, platforms: ['xiaohongshu'] })).toHaveLength(4);
    expect(
      await series({ ...all, hashtags: ['lemon8', 'rednote'], platforms: ['tiktok'] }),
    ).toHaveLength(3);
    expect(await series({ ...all, hashtags: ['tiktokrefugee'], platforms: ['tiktok'] })).toEqual(
      [],
    );
  });

  it('takes the growth of the range’s first day from the last day observed before it', async () => {
    expect(await series({ ...all, from: '2025-01-13', to: '2025-01-17' })).toEqual([
      ['tiktokrefugee@xiaohongshu', '2025-01-15', 980, 600, null, 3],
      ['tiktokrefugee@xiaohongshu', '2025-01-17', 2000, 1020, null, 2],
    ]);
  });

  it('stops at the end of the range’s last day', async () => {
    const rows = await series({ ...all, to: '2025-01-12' });
    expect(
      rows
        .map((r) => r[1])
        .sort()
        .at(-1),
    ).toBe('2025-01-12');
    expect(rows).toHaveLength(6);
  });
});
