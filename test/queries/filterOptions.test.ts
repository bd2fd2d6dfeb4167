import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { ingestFile } from '../../src/ingest/ingestFile';
import {
  appOptionsQuery,
  filterOptionsQuery,
  type AppOptionRow,
  type FilterOptionsRow,
} from '../../src/queries/filterOptions';
import { isoDate } from '../../src/queries/isoDate';
import { emptyDb, loadFile } from '../helpers/sampleDb';

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
  await loadFile(db, 'app_rankings', 'test/fixtures/queries/key-figures.csv');
  await loadFile(db, 'hashtag_views', 'test/fixtures/queries/hashtags.csv');
  await loadFile(db, 'events', 'test/fixtures/events-small.csv');
  const more = new Blob([
    'date,app,store,country,chart,category,rank,downloads\n' +
      '2025-01-10,flip,ios,US,top_free,overall,,70\n' +
      '2025-01-10,likee,ios,US,top_free,overall,30,\n' +
      '2025-01-11,likee,ios,US,top_free,overall,31,\n',
  ]);
  await ingestFile(db, 'more.csv', more, { kind: 'app_rankings' });
});
afterAll(async () => db.close());

const day = (date: Date | null) => (date ? isoDate(date) : null);

describe('filter options', () => {
  it('lists the values each control can offer, sorted', async () => {
    const [options] = await db.query<FilterOptionsRow>(filterOptionsQuery());
    expect(options).toMatchObject({
      stores: ['google_play', 'ios'],
      countries: ['CA', 'US'],
      charts: ['top_free'],
      categories: ['overall', 'social_networking'],
      platforms: ['tiktok', 'xiaohongshu'],
      hashtags: ['lemon8', 'rednote', 'tiktokrefugee'],
    });
  });

  it('spans rankings, hashtag counts and events, and says where the measurements stop', async () => {
    const [options] = await db.query<FilterOptionsRow>(filterOptionsQuery());
    // Rankings 01-05..01-17, hashtags 01-09..01-17, events 01-13..02-13.
    expect(
      [options!.first, options!.last, options!.measuredFirst, options!.measuredLast].map(day),
    ).toEqual(['2025-01-05', '2025-02-13', '2025-01-05', '2025-01-17']);
  });

  it('puts the focus apps first, then the others by days ranked', async () => {
    const apps = await db.query<AppOptionRow>(appOptionsQuery());
    expect(apps.map((a) => [a.app, a.days, a.focus])).toEqual([
      ['tiktok', 2, true], // 01-05 in the US, 01-12 in Canada
      ['xiaohongshu', 8, true], // 01-09..01-17 but 01-15, each day once across charts and stores
      ['lemon8', 3, true],
      ['likee', 2, false],
      ['flip', 0, false], // a downloads row only
    ]);
  });

  it('orders by days ranked alone when no app is in focus', async () => {
    const apps = await db.query<AppOptionRow>(appOptionsQuery([]));
    expect(apps.map((a) => a.app)).toEqual(['xiaohongshu', 'lemon8', 'likee', 'tiktok', 'flip']);
  });

  it('offers empty lists and no dates on an empty database', async () => {
    const empty = await emptyDb();
    const [options] = await empty.query<FilterOptionsRow>(filterOptionsQuery());
    expect(options).toEqual({
      stores: [],
      countries: [],
      charts: [],
      categories: [],
      platforms: [],
      hashtags: [],
      first: null,
      last: null,
      measuredFirst: null,
      measuredLast: null,
    });
    expect(await empty.query(appOptionsQuery())).toEqual([]);
    await empty.close();
  });
});
