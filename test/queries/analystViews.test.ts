import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { ingestFile } from '../../src/ingest/ingestFile';
import { isoDate } from '../../src/queries/isoDate';
import { emptyDb } from '../helpers/sampleDb';

let db: Database;
const load = (name: string, kind: 'app_rankings' | 'hashtag_views', text: string) =>
  ingestFile(db, name, new Blob([text]), { kind, source: name });

beforeAll(async () => {
  db = await emptyDb();
  const ranks = 'date,app,store,country,chart,category,rank\n';
  await load('old.csv', 'app_rankings', `${ranks}2025-01-13,lemon8,ios,US,top_free,overall,4\n`);
  await load('new.csv', 'app_rankings', `${ranks}2025-01-13,lemon8,ios,US,top_free,overall,2\n`);
  await load(
    'views.csv',
    'hashtag_views',
    [
      'observed_at,platform,hashtag,views',
      '2025-01-13T08:00:00Z,tiktok,tiktokrefugee,1000',
      '2025-01-13T20:00:00Z,tiktok,tiktokrefugee,1500',
      '2025-01-14T20:00:00Z,tiktok,tiktokrefugee,4000',
      '2025-01-17T20:00:00Z,tiktok,tiktokrefugee,3900',
    ].join('\n'),
  );
});
afterAll(async () => db.close());

describe("the analysts' views", () => {
  it('rankings_current: the newest snapshot’s row per key', async () => {
    const rows = await db.query<{ rank: number; source: string }>(
      'SELECT rank, source FROM rankings_current',
    );
    expect(rows).toEqual([{ rank: 2, source: 'new.csv' }]);
  });

  it('hashtag_daily: the last count of each day and the change since the previous counted day', async () => {
    const rows = await db.query<{
      date: Date;
      views: number;
      daily: number | null;
      correction: number | null;
      gap_days: number | null;
    }>('SELECT date, views, daily, correction, gap_days FROM hashtag_daily ORDER BY date');
    expect(rows.map((r) => [isoDate(r.date), r.views, r.daily, r.correction, r.gap_days])).toEqual([
      ['2025-01-13', 1500, null, null, null],
      ['2025-01-14', 4000, 2500, null, 1],
      ['2025-01-17', 3900, null, -100, 3],
    ]);
  });
});
