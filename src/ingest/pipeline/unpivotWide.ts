import type { SqlQuery } from '../../db/database';

export interface WideColumn {
  /** Canonical app id the column holds. */
  readonly app: string;
  /** 1-based staging column. */
  readonly column: number;
}

/**
 * A wide file (a date column and one column per app) as long records: `c1` the date, `c2` the
 * app, `c3` the cell. Empty cells mean "not ranked" and make no record; a malformed record keeps
 * one so its problem is reported.
 */
export function unpivotWide(
  staging: string,
  fields: number,
  dateColumn: number,
  apps: readonly WideColumn[],
): SqlQuery {
  const nulls = Array.from({ length: fields }, (_, i) => `(c${i + 1} IS NULL)::INTEGER`);
  // App ids come from the file's header: they are parameters like any other value.
  const cells = apps.map(({ column }) => `{'app': CAST(? AS VARCHAR), 'raw': c${column}}`);
  const sql = `(
  SELECT rn, c_date AS c1, cell.app AS c2, cell.raw AS c3, r_extra, missing_fields
  FROM (
    SELECT rn, c${dateColumn} AS c_date, c${fields + 1} AS r_extra,
           ${nulls.join(' + ')} AS missing_fields, unnest([${cells.join(', ')}]) AS cell
    FROM ${staging} WHERE rn > 1
  )
  WHERE nullif(trim(cell.raw), '') IS NOT NULL OR missing_fields > 0 OR r_extra IS NOT NULL
)`;
  return { sql, params: apps.map(({ app }) => app) };
}
