import type { SqlQuery } from '../db/database';

const SCOPE_COLUMNS = ['store', 'country', 'chart', 'category'] as const;

/** Which ranking rows a view reads; null reads every value of that column. */
export type RankingScope = { readonly [Column in (typeof SCOPE_COLUMNS)[number]]: string | null };

/** `store = ? AND ...` for the columns the scope fixes, or `true` when it fixes none. */
export function scopeCondition(scope: RankingScope): SqlQuery {
  const fixed = SCOPE_COLUMNS.filter((column) => scope[column] != null);
  return {
    sql: fixed.map((column) => `${column} = ?`).join(' AND ') || 'true',
    params: fixed.map((column) => scope[column]),
  };
}
