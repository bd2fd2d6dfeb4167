import { Type, type RecordBatch, type Schema } from 'apache-arrow';
import type { ResultSet } from './cellValue';
import { arrowResultSet } from './arrowResultSet';

type Batches = Iterable<RecordBatch> | AsyncIterable<RecordBatch>;

/**
 * Reads a result until `maxRows` rows are kept, and says whether rows were left unread, so the
 * caller can stop the statement rather than pull the rest of a huge result across.
 */
export async function collectBatches(
  batches: Batches,
  maxRows: number,
  knownSchema?: Schema,
): Promise<ResultSet> {
  const kept: RecordBatch[] = [];
  let rows = 0;
  let truncated = false;
  let schema = knownSchema;
  for await (const batch of batches) {
    schema ??= batch.schema;
    if (rows + batch.numRows > maxRows) {
      if (maxRows > rows) kept.push(batch.slice(0, maxRows - rows));
      rows = maxRows;
      truncated = true;
      break;
    }
    kept.push(batch);
    rows += batch.numRows;
  }
  schema ??= (batches as { schema?: Schema }).schema;
  if (!schema) throw new Error('The database returned a result without columns');
  return arrowResultSet(schema, kept, truncated);
}

/**
 * Whether a streamed result has ENUM columns, whose values a streamed result loses: duckdb-wasm
 * sends their codes but not their dictionary (duckdb-wasm issue #1548), so they read as NULL.
 */
export const hasEnumColumns = (schema: Schema) =>
  schema.fields.some((field) => field.type.typeId === Type.Dictionary);
