import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { allEventsQuery, eventsInRange, type EventRow } from '../../queries/events';
import {
  appOptionsQuery,
  filterOptionsQuery,
  type AppOptionRow,
  type FilterOptionsRow,
} from '../../queries/filterOptions';
import { isoDate } from '../../queries/isoDate';
import type { ControlOptions } from '../controls/controlOptions';

/** The values the loaded data holds, for the controls; null when there is nothing to show. */
export async function loadControlOptions(db: Database): Promise<ControlOptions | null> {
  // Every event, not the data's range of them: the charts ask the same (see readEvents).
  const [[options], apps, allEvents] = await Promise.all([
    db.query<FilterOptionsRow>(filterOptionsQuery()),
    db.query<AppOptionRow>(appOptionsQuery()),
    db.query<EventRow>(allEventsQuery()),
  ]);
  if (!options?.measuredFirst || !options.measuredLast || !options.first || !options.last) {
    return null;
  }
  const events = eventsInRange(allEvents, isoDate(options.first), isoDate(options.last));
  return {
    apps: apps.map((a) => ({ id: a.app, label: appLabel(a.app) })),
    stores: options.stores,
    countries: options.countries,
    charts: options.charts,
    categories: options.categories,
    events: events.map((e) => ({ date: isoDate(e.date), label: e.label })),
    first: isoDate(options.measuredFirst),
    last: isoDate(options.measuredLast),
  };
}
