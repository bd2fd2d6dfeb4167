import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RunOptions, SqlQuery, SqlSession } from './database';
import { collectBatches, hasEnumColumns } from './results/collectBatches';
import { ENUM_NOT_READABLE } from './results/enumFallback';
import { QueryCancelled } from './results/queryCancelled';
import type { ResultSet } from './results/cellValue';

/**
 * A workbench connection in the browser. Statements are sent as pending queries, which the
 * worker runs in short slices between other messages (the dashboard's queries among them), so
 * `cancelSent` can stop one between slices.
 */
export async function browserSession(db: AsyncDuckDB): Promise<SqlSession> {
  const connection = await db.connect();
  let cancelled = false;
  // One statement at a time: a second one sent on the connection would end the pending first.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(query, options) {
      const next = queue.then(async () => {
        cancelled = false;
        try {
          const result = await runOnce(connection, query, options);
          if (cancelled) throw new QueryCancelled();
          return result;
        } catch (error) {
          throw cancelled ? new QueryCancelled() : error;
        }
      });
      queue = next.catch(() => {});
      return next;
    },
    async cancel() {
      cancelled = true;
      await connection.cancelSent();
    },
    async close() {
      await connection.close();
    },
  };
}

async function runOnce(
  connection: AsyncDuckDBConnection,
  query: SqlQuery | string,
  { maxRows, readOnly }: RunOptions,
): Promise<ResultSet> {
  if (typeof query !== 'string') {
    const statement = await connection.prepare(query.sql);
    try {
      return await collectBatches(await statement.send(...query.params), maxRows);
    } finally {
      await statement.close();
    }
  }
  const reader = await connection.send(query, true);
  // Opening reads the schema, which arrives before any row.
  await reader.open();
  if (hasEnumColumns(reader.schema)) {
    await connection.cancelSent();
    if (!readOnly) throw new Error(ENUM_NOT_READABLE);
    const whole = await connection.query(query);
    return collectBatches(whole.batches, maxRows, whole.schema);
  }
  const result = await collectBatches(reader, maxRows, reader.schema);
  // A result cut short leaves the statement pending; stop it so the other rows stay unread.
  if (result.truncated) await connection.cancelSent();
  return result;
}
