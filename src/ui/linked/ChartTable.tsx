import { useId, useState } from 'react';

export interface TableColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  readonly numeric?: boolean;
  /** The value for a CSV, when the table's is formatted for reading (`1,234` -> `1234`). */
  readonly raw?: (row: Row) => string;
}

interface ChartTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly rows: readonly Row[];
}

/** "Show as table": the numbers a chart draws, for keyboard, screen-reader and exact readers. */
export function ChartTable<Row>({ caption, columns, rows }: ChartTableProps<Row>) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="chart-table">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide table' : 'Show as table'}
      </button>
      {open && (
        <div className="table-scroll" id={id}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? 'number' : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.header} className={c.numeric ? 'number' : undefined}>
                      {c.value(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
