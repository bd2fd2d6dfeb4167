import type { RecordBatch, Schema, Vector } from 'apache-arrow';
import { columnKind, duckdbTypeName } from './arrowTypes';
import { cellAt } from './arrowCells';
import type { ResultSet } from './cellValue';

/**
 * A ResultSet over the record batches of a result: cells are converted only when read. Batches
 * are kept as they came rather than joined into a Table, whose constructor checks `instanceof`
 * and fails when DuckDB's bundle and ours load two copies of Arrow (Node's CommonJS build).
 */
export function arrowResultSet(
  schema: Schema,
  batches: readonly RecordBatch[],
  truncated: boolean,
): ResultSet {
  const starts: number[] = [];
  let rowCount = 0;
  for (const batch of batches) {
    starts.push(rowCount);
    rowCount += batch.numRows;
  }
  const columns: Vector[][] = schema.fields.map((_, c) => batches.map((b) => b.getChildAt(c)!));

  const batchOf = (row: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= row) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  return {
    columns: schema.fields.map((f) => ({
      name: f.name,
      kind: columnKind(f.type),
      type: duckdbTypeName(f.type),
    })),
    rowCount,
    truncated,
    cell(row, column) {
      if (row < 0 || row >= rowCount) throw new RangeError(`No row ${row} in the result`);
      const b = batchOf(row);
      return cellAt(columns[column]![b]!, row - starts[b]!);
    },
  };
}
