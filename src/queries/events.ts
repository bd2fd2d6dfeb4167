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
    sql: `SELECT date, label, any_value(kind) AS kind, any_value(source) AS source
          FROM events
          WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
          GROUP BY date, label
          ORDER BY date, label`,
    params: [from, to],
  };
}
