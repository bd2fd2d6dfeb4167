import type { Database } from '../../db/database';
import type { RankFilters } from '../../queries/rankFilters';
import type { RankHistoryRow } from '../../queries/rankHistory';
import { rankHistoryFromOverview } from '../../queries/rankHistoryFromOverview';
import { readOverview } from './readOverview';

/**
 * A rank history's rows, from the overview's query: the overview panel asks the same one for
 * the view's chart, so one read serves both (and the range, see resolveRange).
 */
export async function readRankHistory(
  db: Database,
  filters: RankFilters,
): Promise<RankHistoryRow[]> {
  return rankHistoryFromOverview(await readOverview(db, filters), filters);
}
