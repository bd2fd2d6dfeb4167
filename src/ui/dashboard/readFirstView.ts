import type { Database } from '../../db/database';
import type { ViewState } from '../../state/viewState';
import { loadControlOptions } from './loadControlOptions';
import { resolveRange } from './resolveRange';

/**
 * The reads the dashboard makes before it can draw a view's controls, its overview and its rank
 * history: the options, the events, and the overview's rows (which give the range, and which
 * the overview and the rank history are drawn from when no app is hidden).
 */
export async function readFirstView(db: Database, view: ViewState): Promise<void> {
  const options = await loadControlOptions(db);
  if (options) await resolveRange(db, view, options);
}
