import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { addDays } from '../../src/queries/addDays';
import { isoDate } from '../../src/queries/isoDate';
import { readOverview } from '../../src/ui/dashboard/readOverview';
import type { RankFilters } from '../../src/queries/rankFilters';
import { rankHistoryQuery, type RankHistoryRow } from '../../src/queries/rankHistory';
import { rankHistoryFromOverview } from '../../src/queries/rankHistoryFromOverview';
import { emptyDb, loadFile, sampleDb } from '../helpers/sampleDb';

interface Scope {
  readonly store: string;
  readonly country: string;
  readonly chart: string;
  readonly category: string;
}

/** Both ways of reading a view's rank history: its own query, and from the overview's answer. */
async function bothWays(db: Database, filters: RankFilters) {
  const queried = await db.query<RankHistoryRow>(rankHistoryQuery(filters));
  const overview = await readOverview(db, filters);
  return { queried, derived: rankHistoryFromOverview(overview, filters) };
}

describe('the rank history read from the overview', () => {
  let db: Database;
  beforeAll(async () => {
    db = await sampleDb();
  });
  afterAll(async () => db.close());

  it('gives the rows of the rank history query for every chart of the bundled data', async () => {
    const scopes = await db.query<Scope>(
      'SELECT DISTINCT store, country, chart, category FROM app_rankings_current ORDER BY ALL',
    );
    expect(scopes.length).toBeGreaterThan(10);
    const appSets = [
      ['xiaohongshu', 'lemon8', 'tiktok'],
      ['capcut', 'no-such-app', 'lemon8'],
    ];
    let ranked = 0;
    for (const scope of scopes) {
      for (const apps of appSets) {
        const overview = await readOverview(db, { ...scope, apps });
        const first = overview[0] ? isoDate(overview[0].date) : '2025-01-01';
        const last = overview.at(-1) ? isoDate(overview.at(-1)!.date) : '2025-01-31';
        const ranges = [
          { from: first, to: last },
          // Reaching past both ends of the ranked days, and a week inside them.
          { from: addDays(first, -9), to: addDays(last, 12) },
          { from: addDays(first, 20), to: addDays(first, 26) },
        ];
        for (const range of ranges) {
          const { queried, derived } = await bothWays(db, { ...scope, apps, ...range });
          expect(derived).toEqual(queried);
          ranked += queried.filter((r) => r.rank !== null).length;
        }
      }
    }
    // The comparison covered ranked days, not only gaps.
    expect(ranked).toBeGreaterThan(10_000);
  });

  it('gives every day of the range without a rank when no app is ranked in the chart', async () => {
    const filters = {
      store: 'ios',
      country: 'US',
      chart: 'top_free',
      category: 'overall',
      apps: ['no-such-app', 'nor-this'],
      from: '2025-01-30',
      to: '2025-02-02',
    };
    const { queried, derived } = await bothWays(db, filters);
    expect(derived).toEqual(queried);
    expect(derived.map((r) => [r.app, isoDate(r.date), r.rank, r.source])).toEqual([
      ['no-such-app', '2025-01-30', null, null],
      ['no-such-app', '2025-01-31', null, null],
      ['no-such-app', '2025-02-01', null, null],
      ['no-such-app', '2025-02-02', null, null],
      ['nor-this', '2025-01-30', null, null],
      ['nor-this', '2025-01-31', null, null],
      ['nor-this', '2025-02-01', null, null],
      ['nor-this', '2025-02-02', null, null],
    ]);
  });
});

describe('the rank history read from the overview, where snapshots overlap', () => {
  it('reads the newest snapshot’s rank and source, as the query does', async () => {
    const db = await emptyDb();
    await loadFile(db, 'app_rankings', 'test/fixtures/rankings-small.csv');
    await loadFile(db, 'app_rankings', 'test/fixtures/rankings-correction.csv');
    const filters = {
      store: 'ios',
      country: 'US',
      chart: 'top_free',
      category: 'overall',
      apps: ['xiaohongshu', 'tiktok'],
      from: '2025-01-11',
      to: '2025-01-15',
    };
    const { queried, derived } = await bothWays(db, filters);
    expect(derived).toEqual(queried);
    expect(derived.slice(0, 3).map((r) => [isoDate(r.date), r.rank, r.source])).toEqual([
      ['2025-01-11', null, null],
      ['2025-01-12', 38, 'illustrative'],
      ['2025-01-13', 1, 'Bloomberg; NBC News (rank; downloads illustrative)'],
    ]);
    await db.close();
  });
});
