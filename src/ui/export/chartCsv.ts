import { tableCsv } from '../../export/tableCsv';
import type { TableColumn } from '../linked/ChartTable';

/** The rows of a chart's "Show as table" as CSV: its headers, with numbers written plainly. */
export function chartCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  return tableCsv(
    columns.map((c) => ({ header: c.header, value: c.raw ?? c.value })),
    rows,
  );
}
