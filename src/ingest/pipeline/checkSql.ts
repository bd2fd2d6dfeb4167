import type { SqlParam, SqlQuery } from '../../db/database';
import { sqlString } from '../sql/sqlText';
import type { FieldRule } from './fieldRules';
import type { PlannedField } from './kindPlans';

/** Where a planned field's raw text comes from: a staging column, or a value for every row. */
export type FieldSource = { readonly column: number } | { readonly value: string | null };

export interface CheckPlan {
  /** A relation of records: `rn`, `c1`.., `r_extra` (a surplus field) and `missing_fields`. */
  readonly records: SqlQuery;
  readonly target: string;
  readonly fields: number;
  readonly planned: readonly (PlannedField & { readonly source: FieldSource })[];
  readonly rules: Record<string, FieldRule>;
}

const raw = (field: string) => `r_${field}`;
/** Text with surrounding white space (line breaks and no-break spaces too) removed; '' is NULL. */
export const cleaned = (sql: string) =>
  `nullif(trim(${sql}, ' ' || chr(9) || chr(10) || chr(13) || chr(160)), '')`;
const value = (field: string) => `v_${field}`;

function problem(field: string | null, rawSql: string, reason: string): string {
  const name = field === null ? 'NULL::VARCHAR' : sqlString(field);
  return `{'field': ${name}, 'value': ${rawSql}, 'reason': ${reason}}`;
}

/** The staged records as `checkSql` reads them, the header excluded. */
export function stagedRecords(staging: string, fields: number): SqlQuery {
  const nulls = Array.from({ length: fields }, (_, i) => `(c${i + 1} IS NULL)::INTEGER`);
  const sql = `(SELECT *, c${fields + 1} AS r_extra, ${nulls.join(' + ')} AS missing_fields
           FROM ${staging} WHERE rn > 1)`;
  return { sql, params: [] };
}

/**
 * One row per data record (the header excluded) with each field's raw text, its canonical
 * value and the first problem that refuses the record (NULL when it is accepted).
 */
export function checkSql(plan: CheckPlan): SqlQuery {
  const params: SqlParam[] = [];
  const rawColumns = plan.planned.map(({ field, source }) => {
    if ('column' in source) return `c${source.column} AS ${raw(field)}`;
    params.push(source.value);
    return `CAST(? AS VARCHAR) AS ${raw(field)}`;
  });
  // Each distinct text is read once: a column of a million rows has a few hundred dates,
  // apps, stores and countries, and the readers (regular expressions) are the costly part.
  const distinct = plan.planned.map(
    ({ field }) => `d_${field} AS (
    SELECT r, ${plan.rules[field]!.parse(cleaned('r'))} AS v
    FROM (SELECT DISTINCT ${raw(field)} AS r FROM raw))`,
  );
  const joins = plan.planned.map(
    ({ field }) => `LEFT JOIN d_${field} ON d_${field}.r IS NOT DISTINCT FROM raw.${raw(field)}`,
  );
  const parsed = plan.planned.map(({ field }) => `d_${field}.v AS ${value(field)}`);

  const cases = [
    `WHEN r_extra IS NOT NULL THEN ${problem(null, 'r_extra', sqlString(`more fields than the header's ${plan.fields}`))}`,
    `WHEN missing_fields > 0 THEN ${problem(null, 'NULL::VARCHAR', `'expected ${plan.fields} fields, found ' || (${plan.fields} - missing_fields)`)}`,
  ];
  for (const { field, required } of plan.planned) {
    const rule = plan.rules[field]!;
    const text = cleaned(raw(field));
    if (required) {
      cases.push(
        `WHEN ${text} IS NULL THEN ${problem(field, raw(field), sqlString(`missing ${field.replace('_', ' ')}`))}`,
      );
    }
    cases.push(
      `WHEN ${text} IS NOT NULL AND ${value(field)} IS NULL THEN ${problem(field, raw(field), sqlString(rule.unreadable))}`,
    );
    for (const [condition, reason] of rule.refuse ?? []) {
      cases.push(
        `WHEN ${condition(value(field))} THEN ${problem(field, raw(field), sqlString(reason))}`,
      );
    }
  }
  const hasRank = plan.planned.some((p) => p.field === 'rank');
  if (hasRank) {
    cases.push(
      `WHEN v_rank IS NULL AND v_downloads IS NULL THEN ${problem(null, 'NULL::VARCHAR', sqlString('no rank and no downloads'))}`,
    );
  }

  const sql = `
CREATE OR REPLACE TEMP TABLE ${plan.target} AS
WITH raw AS (
  SELECT rn, ${rawColumns.join(', ')}, r_extra, missing_fields FROM ${plan.records.sql}
), ${distinct.join(',\n')},
parsed AS (
  SELECT raw.*, ${parsed.join(', ')} FROM raw ${joins.join(' ')}
)
SELECT *, CASE ${cases.join('\n  ')} END AS problem
FROM parsed`;
  return { sql, params: [...params, ...plan.records.params] };
}
