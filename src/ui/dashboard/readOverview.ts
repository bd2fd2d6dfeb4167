import type { Database } from '../../db/database';
import { overviewQuery, type OverviewFilters, type RankedDayRow } from '../../queries/overview';
import { toOverviewRows, type OverviewRow } from '../../queries/toOverviewRows';

// The query cache hands every reader of one query the same answer: lay it out once. The
// query's parameters hold the apps in their order, so one answer has one layout.
const laidOut = new WeakMap<readonly RankedDayRow[], OverviewRow[]>();

/**
 * The overview's rows for the filters' apps: the view's range, its overview and its rank history
 * are all read from them.
 */
export async function readOverview(db: Database, filters: OverviewFilters): Promise<OverviewRow[]> {
  const ranked = await db.query<RankedDayRow>(overviewQuery(filters));
  let rows = laidOut.get(ranked);
  if (!rows) laidOut.set(ranked, (rows = toOverviewRows(ranked, filters.apps)));
  return rows;
}
