import type { SqlQuery } from '../db/database';

export interface EventRow {
  readonly date: Date;
  readonly label: string;
  readonly kind: string;
  readonly source: string;
}

/** Events inside the range, each once even when several snapshots carry it. */
export function eventsQuery(from: string, to: string): SqlQuery {
  return {
    sql: `SELECT date, label, kind, source
          FROM events_current
          WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
          ORDER BY date, label`,
    params: [from, to],
  };
}

/**
 * Every event: a few dozen rows, read once for the data and then cut to each range
 * (`eventsInRange`), so a change of range does not wait for a read of its events.
 */
export function allEventsQuery(): SqlQuery {
  return {
    sql: 'SELECT date, label, kind, source FROM events_current ORDER BY date, label',
    params: [],
  };
}

/** The rows of `eventsQuery(from, to)`, cut from those of `allEventsQuery`. */
export function eventsInRange(all: readonly EventRow[], from: string, to: string): EventRow[] {
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Date.parse(`${to}T00:00:00Z`);
  return all.filter((e) => e.date.getTime() >= first && e.date.getTime() <= last);
}
