import type { ResultSet } from '../../db/results/cellValue';
import { cellDisplay } from '../../queries/workbench/cellDisplay';

const SAMPLE_ROWS = 200;
const MIN_CH = 6;
const MAX_CH = 40;

/**
 * Column widths in `ch`, from the header and the first rows, fixed for the whole table: a
 * virtualised table that sized columns by the rows on screen would shift as it scrolls.
 */
export function columnWidths(result: ResultSet): number[] {
  return result.columns.map((column, c) => {
    let widest = Math.max(column.name.length, column.type.length) + 3;
    for (let r = 0; r < Math.min(result.rowCount, SAMPLE_ROWS); r++)
      widest = Math.max(widest, cellDisplay(result.cell(r, c), column.kind).length + 2);
    return Math.min(MAX_CH, Math.max(MIN_CH, widest));
  });
}
