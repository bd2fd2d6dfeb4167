import type { DataTable } from '../../db/schema';
import { IngestError } from '../ingestError';
import type { CanonicalField, ColumnMapping } from '../types';
import type { FieldSource } from './checkSql';
import { FIELD_DEFAULTS, KIND_PLANS, type PlannedField } from './kindPlans';

export type FieldValues = Partial<Record<CanonicalField, string>>;

export interface FieldPlan {
  readonly planned: (PlannedField & { readonly source: FieldSource })[];
  readonly warnings: string[];
}

/** Fields a file may lack and take one value for all its rows, from the user or a default. */
export const CHOOSABLE_FIELDS = ['store', 'country', 'chart', 'category', 'platform'] as const;
export type ChoosableField = (typeof CHOOSABLE_FIELDS)[number];

const isChoosable = (field: CanonicalField): field is ChoosableField =>
  (CHOOSABLE_FIELDS as readonly string[]).includes(field);

export interface FieldWithoutColumn {
  readonly field: ChoosableField;
  /** What rows get when the user says nothing; null when the user must say. */
  readonly fallback: string | null;
}

/** The fields of a table that a file with this mapping has no column for, and their defaults. */
export function fieldsWithoutColumn(
  table: DataTable,
  mapping: readonly ColumnMapping[],
): FieldWithoutColumn[] {
  return KIND_PLANS[table].flatMap((p) =>
    isChoosable(p.field) && !mapping.some((m) => m.field === p.field)
      ? [{ field: p.field, fallback: FIELD_DEFAULTS[p.field] ?? null }]
      : [],
  );
}

/**
 * Where each field of the table comes from: the file's column, or, for a field the file lacks,
 * the user's value or the stated default, said in a warning so nothing is assumed silently.
 */
export function planFields(
  table: DataTable,
  mapping: readonly ColumnMapping[],
  values: FieldValues,
): FieldPlan {
  const warnings: string[] = [];
  const columnOf = (field: CanonicalField) => mapping.find((m) => m.field === field);
  const planned = KIND_PLANS[table].map((p) => {
    const mapped = columnOf(p.field) ?? (p.field === 'observed_at' ? columnOf('date') : undefined);
    if (mapped) return { ...p, source: { column: mapped.index + 1 } };
    const given = values[p.field];
    const fallback = given ?? FIELD_DEFAULTS[p.field] ?? null;
    if (fallback === null && p.required) {
      throw new IngestError(
        `The file has no ${p.field} column${isChoosable(p.field) ? `: say which ${p.field} it holds (the ${p.field} option)` : ''}.`,
      );
    }
    if (fallback !== null && isChoosable(p.field)) {
      warnings.push(
        given === undefined
          ? `No ${p.field} column: every row is taken as ${fallback} (the default; choose another with the ${p.field} option).`
          : `No ${p.field} column: every row is taken as ${fallback}, as chosen.`,
      );
    }
    return { ...p, source: { value: fallback } };
  });
  return { planned, warnings };
}
