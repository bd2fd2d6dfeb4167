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

const OPTION_OF: Partial<Record<CanonicalField, string>> = {
  store: 'store',
  country: 'country',
  chart: 'chart',
  category: 'category',
  platform: 'platform',
};

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
      const option = OPTION_OF[p.field];
      throw new IngestError(
        `The file has no ${p.field} column${option ? `: say which ${p.field} it holds (the ${option} option)` : ''}.`,
      );
    }
    if (fallback !== null && OPTION_OF[p.field]) {
      warnings.push(
        given === undefined
          ? `No ${p.field} column: every row is taken as ${fallback} (the default; choose another with the ${OPTION_OF[p.field]} option).`
          : `No ${p.field} column: every row is taken as ${fallback}, as chosen.`,
      );
    }
    return { ...p, source: { value: fallback } };
  });
  return { planned, warnings };
}
