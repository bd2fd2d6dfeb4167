import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { ensureNormalisers } from '../../src/ingest/sql/normaliserSql';

/** The real engine, with its statements counted, and the first `failures` of them refused. */
async function countingDb(failures = 0) {
  const db = await openNodeDatabase();
  let execs = 0;
  const counted: Database = {
    ...db,
    exec: async (sql) => {
      execs++;
      if (execs <= failures) throw new Error('refused');
      return db.exec(sql);
    },
  };
  return { db, counted, execs: () => execs };
}

const parsesCount = async (db: Database) =>
  (await db.query<{ n: number }>("SELECT CAST(dw_count('1,234') AS INTEGER) AS n"))[0]?.n;

describe('the normalisers, made when first needed', () => {
  it('are created once per database however often and however concurrently asked for', async () => {
    const { db, counted, execs } = await countingDb();
    await Promise.all([ensureNormalisers(counted), ensureNormalisers(counted)]);
    await ensureNormalisers(counted);
    expect(execs()).toBe(1);
    await expect(parsesCount(db)).resolves.toBe(1234);
    await db.close();
  });

  it('are tried again after a creation that failed', async () => {
    const { db, counted, execs } = await countingDb(1);
    await expect(ensureNormalisers(counted)).rejects.toThrow('refused');
    await ensureNormalisers(counted);
    expect(execs()).toBe(2);
    await expect(parsesCount(db)).resolves.toBe(1234);
    await db.close();
  });
});
