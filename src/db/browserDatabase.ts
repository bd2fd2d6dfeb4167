import {
  AsyncDuckDB,
  DuckDBDataProtocol,
  VoidLogger,
  selectBundle,
  type AsyncDuckDBConnection,
  type DuckDBBundles,
} from '@duckdb/duckdb-wasm';
// Served by our own build (no CDN). Only the non-threaded builds: the threaded one needs
// COOP/COEP headers and gave nothing on two cores (shared/notes/duckdb-wasm.md).
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OPEN_CONFIG, type Database, type SqlQuery } from './database';
import { preflightWasm } from './preflight';
import { timedQuery } from './queryTiming';
import { serialQueue } from './serialQueue';
import { DatabaseStartError } from './startError';
import { startEngineWorker } from './engineWorker';
import { browserSession } from './browserSession';
import { toRows } from './toRows';

const BUNDLES: DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Called with each step of start-up, for the progress display. */
export type StartProgress = (step: string) => void;

async function instantiate(onProgress: StartProgress): Promise<AsyncDuckDB> {
  const bundle = await selectBundle(BUNDLES);
  const workerUrl = new URL(bundle.mainWorker!, location.href).href;
  onProgress('Starting the database worker');
  const { worker, release } = startEngineWorker(workerUrl);
  const failedWorker = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () =>
      reject(new DatabaseStartError('worker', fileName(workerUrl))),
    );
  });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  onProgress('Downloading the database engine');
  const wasmUrl = new URL(bundle.mainModule, location.href).href;
  try {
    // Side by side: waiting for the headers first cost up to half a second of every start.
    const preflight = preflightWasm(wasmUrl, fileName(wasmUrl));
    await Promise.race([Promise.all([preflight, db.instantiate(wasmUrl)]), failedWorker]);
  } catch (error) {
    worker.terminate();
    throw error instanceof DatabaseStartError
      ? error
      : new DatabaseStartError('wasm', fileName(wasmUrl), error);
  } finally {
    release();
  }
  await db.open(OPEN_CONFIG);
  return db;
}

function fileName(url: string): string {
  return new URL(url, location.href).pathname.split('/').pop() ?? url;
}

function wrap(db: AsyncDuckDB, connection: AsyncDuckDBConnection): Database {
  // Everything on this connection, in the order asked (see serialQueue).
  const serial = serialQueue();
  return {
    async query<T>(query: SqlQuery | string): Promise<T[]> {
      const { sql, params } = typeof query === 'string' ? { sql: query, params: [] } : query;
      // Turned into rows outside the queue: the worker runs the next query meanwhile.
      const table = await serial(() =>
        timedQuery(sql, async () => {
          if (typeof query === 'string') return connection.query(sql);
          // Prepared afresh every time: a statement kept from before an INSERT can read the new
          // rows wrongly (test/db/preparedStatementReuse.test.ts).
          const statement = await connection.prepare(sql);
          try {
            return await statement.query(...params);
          } finally {
            // Not waited for: the worker closes it before it reads the next message.
            statement.close().catch(() => {});
          }
        }),
      );
      return toRows<T>(table);
    },
    exec: (sql) =>
      serial(async () => {
        await connection.query(sql);
      }),
    registerFile: (name, content) =>
      serial(async () => {
        if (content instanceof Uint8Array) await db.registerFileBuffer(name, content);
        else
          await db.registerFileHandle(name, content, DuckDBDataProtocol.BROWSER_FILEREADER, true);
      }),
    dropFile: (name) =>
      serial(async () => {
        await db.dropFile(name);
      }),
    createTableFromArrow: (name, stream) =>
      serial(async () => {
        // A copy: the buffer is transferred to the worker, which would detach the caller's
        // buffer (and every other view of it, such as the other tables of one bundle).
        await connection.insertArrowFromIPCStream(stream.slice(), { name, create: true });
      }),
    openSession: () => browserSession(db),
    async close() {
      await connection.close();
      await db.terminate();
    },
  };
}

let started: Promise<Database> | null = null;

/** Starts DuckDB once, lazily; every caller shares the same instance. */
export function browserDatabase(onProgress: StartProgress = () => {}): Promise<Database> {
  started ??= instantiate(onProgress).then(async (db) => wrap(db, await db.connect()));
  // A failed start is not cached, so "Try again" can start afresh.
  started.catch(() => (started = null));
  return started;
}
