import type { SqlQuery } from '../db/database';

export interface DateExtentRow {
  readonly first: Date | null;
  readonly last: Date | null;
}

/** The first and last day with any ranking row: the default date range. */
export function rankDateExtentQuery(): SqlQuery {
  return {
    sql: 'SELECT min(date) AS first, max(date) AS last FROM app_rankings',
    params: [],
  };
}
