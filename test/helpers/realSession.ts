import { afterAll, beforeAll } from 'vitest';
import type { Database, RunOptions, SqlSession } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';

export interface RealSession {
  readonly db: Database;
  readonly session: SqlSession;
  /** Runs a statement that changes nothing, keeping up to `maxRows` rows. */
  readonly read: (
    sql: Parameters<SqlSession['run']>[0],
    maxRows?: number,
  ) => ReturnType<SqlSession['run']>;
}

/**
 * A workbench session on the real engine for a test file: opened before its tests (on an empty
 * database, or the one `open` gives), closed after them.
 */
export function realSession(open: () => Promise<Database> = openNodeDatabase): RealSession {
  const handle = {} as { db: Database; session: SqlSession };
  beforeAll(async () => {
    handle.db = await open();
    handle.session = await handle.db.openSession();
  });
  afterAll(async () => {
    await handle.session?.close();
    await handle.db?.close();
  });
  const options = (maxRows: number): RunOptions => ({ maxRows, readOnly: true });
  return {
    get db() {
      return handle.db;
    },
    get session() {
      return handle.session;
    },
    read: (sql, maxRows = 100_000) => handle.session.run(sql, options(maxRows)),
  };
}
