import type { ColumnKind, ResultColumn } from '../../db/results/cellValue';

/** Column indices of a result that can be charted. */
export interface ChartColumns {
  readonly dates: readonly number[];
  readonly numbers: readonly number[];
  readonly texts: readonly number[];
}

export const DATE_KINDS: readonly ColumnKind[] = ['date', 'timestamp'];
export const NUMBER_KINDS: readonly ColumnKind[] = ['integer', 'decimal', 'float'];
export const TEXT_KINDS: readonly ColumnKind[] = ['text', 'boolean'];

export function chartColumns(columns: readonly ResultColumn[]): ChartColumns {
  const of = (kinds: readonly ColumnKind[]) =>
    columns.flatMap((column, i) => (kinds.includes(column.kind) ? [i] : []));
  return { dates: of(DATE_KINDS), numbers: of(NUMBER_KINDS), texts: of(TEXT_KINDS) };
}

/** The index of the first column with this name, if it is of one of the kinds; else null. */
export function columnOfKind(
  columns: readonly ResultColumn[],
  name: string,
  kinds: readonly ColumnKind[],
): number | null {
  const index = columns.findIndex((column) => column.name === name);
  return index >= 0 && kinds.includes(columns[index]!.kind) ? index : null;
}
