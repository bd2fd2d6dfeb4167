import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { OPEN_CONFIG, type Database, type SqlQuery } from './database';
import { collectBatches, hasEnumColumns } from './results/collectBatches';
import { ENUM_NOT_READABLE } from './results/enumFallback';
import { toRows } from './toRows';

function nodeBundles() {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  return {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
}

/** The engine itself, opened with the page's settings, for tests that need its connections. */
export async function startNodeEngine() {
  const db = await createDuckDB(nodeBundles(), new VoidLogger(), NODE_RUNTIME);
  await db.instantiate();
  db.open(OPEN_CONFIG);
  return db;
}

export interface NodeDatabase extends Database {
  /** The rows of a query as an Arrow IPC stream, exact in every type (the bundled tables). */
  arrowStream(query: SqlQuery | string): Promise<Uint8Array>;
}

/**
 * The same DuckDB engine the page runs, in its blocking Node build: used by the tests and the
 * command-line checker so they exercise the very SQL the browser runs.
 */
export async function openNodeDatabase(): Promise<NodeDatabase> {
  const db = await startNodeEngine();
  const connection = db.connect();

  return {
    async query<T>(query: SqlQuery | string): Promise<T[]> {
      if (typeof query === 'string') return toRows<T>(connection.query(query));
      const statement = connection.prepare(query.sql);
      try {
        return toRows<T>(statement.query(...query.params));
      } finally {
        statement.close();
      }
    },
    async exec(sql) {
      connection.query(sql);
    },
    async registerFile(name, content) {
      const bytes =
        content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer());
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async createTableFromArrow(name, stream) {
      connection.insertArrowFromIPCStream(stream, { name, create: true });
    },
    async arrowStream(query) {
      // duckdb-wasm answers in Arrow's file format; tables are created from its stream format.
      // Its own results are Tables of its own copy of Arrow, which ours cannot write out.
      const file = connection.useUnsafe((bindings, id) => {
        if (typeof query === 'string') return bindings.runQuery(id, query);
        const statement = bindings.createPrepared(id, query.sql);
        try {
          return bindings.runPrepared(id, statement, [...query.params]);
        } finally {
          bindings.closePrepared(id, statement);
        }
      });
      return tableToIPC(tableFromIPC(file.slice()), 'stream');
    },
    // The blocking build runs a statement to its end before anything else can happen, so there
    // is nothing to cancel: the tests use it for results, the browser for cancelling.
    async openSession() {
      const session = db.connect();
      return {
        async run(query, { maxRows, readOnly }) {
          if (typeof query !== 'string') {
            const statement = session.prepare(query.sql);
            try {
              return await collectBatches(statement.send(...query.params), maxRows);
            } finally {
              statement.close();
            }
          }
          const reader = await session.send(query, true);
          reader.open();
          if (!hasEnumColumns(reader.schema)) return collectBatches(reader, maxRows, reader.schema);
          session.cancelSent();
          if (!readOnly) throw new Error(ENUM_NOT_READABLE);
          const whole = session.query(query);
          return collectBatches(whole.batches, maxRows, whole.schema);
        },
        async cancel() {},
        async close() {
          session.close();
        },
      };
    },
    async close() {
      connection.close();
      db.reset();
    },
  };
}
