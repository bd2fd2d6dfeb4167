import type { Database } from '../../db/database';
import { overviewQuery, type OverviewRow } from '../../queries/overview';
import type { RankFilters } from '../../queries/rankFilters';
import type { RankHistoryRow } from '../../queries/rankHistory';
import { rankHistoryFromOverview } from '../../queries/rankHistoryFromOverview';

/**
 * A rank history's rows, from the overview's query: the overview panel asks the same one for
 * the view's chart, so one read serves both (and the range, see resolveRange).
 */
export async function readRankHistory(
  db: Database,
  filters: RankFilters,
): Promise<RankHistoryRow[]> {
  return rankHistoryFromOverview(await db.query<OverviewRow>(overviewQuery(filters)), filters);
}
