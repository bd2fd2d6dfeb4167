import type { Database } from '../../db/database';
import { allEventsQuery, eventsInRange, type EventRow } from '../../queries/events';

/** The events of a range, cut from every event: one read for the data, whatever the range. */
export async function readEvents(
  db: Database,
  { from, to }: { readonly from: string; readonly to: string },
): Promise<EventRow[]> {
  return eventsInRange(await db.query<EventRow>(allEventsQuery()), from, to);
}
