import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ResultSet } from '../../db/results/cellValue';
import { cellDisplay, isNumericKind } from '../../queries/workbench/cellDisplay';
import { sortedRows } from '../../queries/workbench/cellOrder';
import { cellText } from '../../queries/workbench/cellText';
import { columnWidths } from './columnWidths';

const ROW_HEIGHT = 28;

interface Sort {
  readonly column: number;
  readonly direction: 'asc' | 'desc';
}

const SORT_WORDS = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A query's result as a table that stays quick at a million rows: only the rows in view are in
 * the page. Columns sort by their values (numbers as numbers, dates as dates, NULLs last).
 */
export function ResultTable({ result }: { readonly result: ResultSet }) {
  const [sort, setSort] = useState<Sort | null>(null);
  const order = useMemo(
    () => (sort ? sortedRows(result, sort.column, sort.direction) : null),
    [result, sort],
  );
  const widths = useMemo(() => columnWidths(result), [result]);
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual re-renders with new values by design; nothing here is memoised on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: result.rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const numberWidth = String(result.rowCount).length + 2;

  const toggle = (column: number) =>
    setSort((current) =>
      current?.column !== column
        ? { column, direction: 'asc' }
        : current.direction === 'asc'
          ? { column, direction: 'desc' }
          : null,
    );

  return (
    <div
      className="result-scroll"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label="Query result"
    >
      <table className="result-table" aria-rowcount={result.rowCount + 1}>
        <caption className="visually-hidden">
          Result of the query, {result.rowCount} rows
          {sort
            ? `, sorted by ${result.columns[sort.column]!.name} ${SORT_WORDS[sort.direction]}`
            : ''}
        </caption>
        <colgroup>
          <col style={{ width: `${numberWidth}ch` }} />
          {widths.map((width, i) => (
            <col key={i} style={{ width: `${width}ch` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="row-number">
              <span className="visually-hidden">Row</span>
            </th>
            {result.columns.map((column, i) => (
              <th
                key={i}
                scope="col"
                className={isNumericKind(column.kind) ? 'number' : undefined}
                aria-sort={sort?.column === i ? SORT_WORDS[sort.direction] : undefined}
              >
                <button type="button" onClick={() => toggle(i)} title={`Sort by ${column.name}`}>
                  <span className="column-name">{column.name}</span>
                  <span className="column-type">{column.type}</span>
                  <span className="sort-mark" aria-hidden="true">
                    {sort?.column === i ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {above > 0 && (
            <tr aria-hidden="true" style={{ height: above }}>
              <td colSpan={result.columns.length + 1} />
            </tr>
          )}
          {items.map((item) => {
            const row = order ? order[item.index]! : item.index;
            return (
              <tr key={item.key} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <th scope="row" className="row-number">
                  {row + 1}
                </th>
                {result.columns.map((column, c) => {
                  const value = result.cell(row, c);
                  const shown = cellDisplay(value, column.kind);
                  const exact = cellText(value);
                  return (
                    <td
                      key={c}
                      className={isNumericKind(column.kind) ? 'number' : undefined}
                      title={exact.length > 30 || exact !== shown ? exact : undefined}
                    >
                      {value === null ? <span className="null">NULL</span> : shown}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {below > 0 && (
            <tr aria-hidden="true" style={{ height: below }}>
              <td colSpan={result.columns.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
