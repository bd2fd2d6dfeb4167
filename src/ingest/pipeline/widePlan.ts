import type { ColumnMapping } from '../types';
import type { CheckPlan } from './checkSql';
import { planFields, type FieldValues } from './planFields';
import { unpivotWide } from './unpivotWide';

/**
 * A wide file checked as long records (date, app, value): the app columns are unpivoted, and
 * store, country, chart and category come from the user's values or the stated defaults.
 */
export function widePlan(
  staging: string,
  fields: number,
  mapping: readonly ColumnMapping[],
  cells: 'rank' | 'downloads',
  values: FieldValues,
): Pick<CheckPlan, 'records' | 'planned'> & { warnings: string[] } {
  const date = mapping.find((m) => m.field === 'date');
  const apps = mapping.flatMap((m) =>
    typeof m.field === 'string' && m.field.startsWith('app:')
      ? [{ app: m.field.slice(4), column: m.index + 1 }]
      : [],
  );
  const long: ColumnMapping[] = [
    { header: date?.header ?? 'date', index: 0, field: 'date' },
    { header: 'app', index: 1, field: 'app' },
    { header: cells, index: 2, field: cells },
  ];
  const { planned, warnings } = planFields('app_rankings', long, values);
  return {
    records: unpivotWide(staging, fields, (date?.index ?? 0) + 1, apps),
    planned,
    warnings,
  };
}
