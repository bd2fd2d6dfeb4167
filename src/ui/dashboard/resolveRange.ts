import type { Database } from '../../db/database';
import { isoDate } from '../../queries/isoDate';
import { rankDateExtent } from '../../queries/rankDateExtent';
import type { ViewState } from '../../state/viewState';
import type { ControlOptions } from '../controls/controlOptions';
import { readOverview } from './readOverview';

/**
 * The days a view shows: its own range, or where it leaves an end open, the days the selected
 * apps are ranked in the selected chart (else all measured days). Read from the overview's
 * query, which the overview panel then finds answered.
 */
export async function resolveRange(
  db: Database,
  view: ViewState,
  options: ControlOptions,
): Promise<{ from: string; to: string }> {
  if (view.from && view.to) return { from: view.from, to: view.to };
  const extent = rankDateExtent(await readOverview(db, view));
  const from = view.from ?? (extent.first ? isoDate(extent.first) : options.first);
  const to = view.to ?? (extent.last ? isoDate(extent.last) : options.last);
  return from <= to ? { from, to } : { from: to, to: from };
}
