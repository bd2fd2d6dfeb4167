import Papa from 'papaparse';

export interface TableColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
}

/**
 * Cells a spreadsheet would run as a formula: starting with = + - @, tab or CR (OWASP's list, as
 * PapaParse's `escapeFormulae: true`), except a plain number such as `-12` or `-0.5`. PapaParse
 * would escape those too, which turns negative numbers into text in Excel and in Datawrapper;
 * a cell that is only digits, with a minus and a decimal point, cannot run anything.
 * No `.*$`: PapaParse's own pattern lets `=1+1\nx` through, as `.` stops at the newline.
 */
export const FORMULA_CELL = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/**
 * A table as CSV: a header row, `\n` between rows and none after the last, quotes where a value
 * needs them, and formula-like cells escaped by a leading apostrophe so opening it runs nothing.
 */
export function tableCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => c.value(row))),
    },
    { escapeFormulae: FORMULA_CELL, newline: '\n' },
  );
  // PapaParse ends a header-only file with a newline, and no other: the same shape for all.
  return rows.length ? csv : csv.replace(/\n$/, '');
}
