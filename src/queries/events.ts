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
