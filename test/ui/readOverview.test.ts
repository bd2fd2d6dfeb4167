import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlQuery } from '../../src/db/database';
import { withQueryCache } from '../../src/db/queryCache';
import { DEFAULT_RANK_VIEW } from '../../src/state/defaultView';
import { readOverview } from '../../src/ui/dashboard/readOverview';
import { sampleDb } from '../helpers/sampleDb';

let engine: Database;
let asked = 0;
beforeAll(async () => {
  engine = await sampleDb();
});
afterAll(async () => engine.close());

/** The real engine behind the dashboard's cache, counting what reaches it. */
const cached = () =>
  withQueryCache({
    ...engine,
    query<T>(query: SqlQuery | string) {
      asked += 1;
      return engine.query<T>(query);
    },
  });

describe('the overview read', () => {
  it('is asked once and laid out once for the range, the overview and the rank history', async () => {
    const db = cached();
    asked = 0;
    const [range, overview] = await Promise.all([
      readOverview(db, DEFAULT_RANK_VIEW),
      readOverview(db, DEFAULT_RANK_VIEW),
    ]);
    expect(await readOverview(db, DEFAULT_RANK_VIEW)).toBe(range);
    expect(overview).toBe(range);
    expect(asked).toBe(1);
    expect(range.length).toBeGreaterThan(0);
  });

  it('lays the apps out in the order asked, each over the same days', async () => {
    const apps = ['lemon8', 'tiktok'];
    const rows = await readOverview(cached(), { ...DEFAULT_RANK_VIEW, apps });
    const half = rows.length / 2;
    expect(rows.slice(0, half).every((r) => r.app === 'lemon8')).toBe(true);
    expect(rows.slice(half).every((r) => r.app === 'tiktok')).toBe(true);
    expect(rows.slice(half).map((r) => r.date)).toEqual(rows.slice(0, half).map((r) => r.date));
  });
});
