import type { ResultSet } from '../db/results/cellValue';
import { cellText } from '../queries/workbench/cellText';
import { tableCsv } from './tableCsv';

/**
 * A query result as CSV: every row kept, each value exactly as DuckDB writes it (all digits of a
 * BIGINT or DECIMAL, ISO dates), NULL as an empty cell, formula-like text escaped.
 */
export function resultCsv(result: ResultSet): string {
  const rows = Array.from({ length: result.rowCount }, (_, r) => r);
  return tableCsv(
    result.columns.map((column, c) => ({
      header: column.name,
      value: (row: number) => {
        const value = result.cell(row, c);
        return value === null ? '' : cellText(value);
      },
    })),
    rows,
  );
}
