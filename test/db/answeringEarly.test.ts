import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answeringEarly, type EarlyLookup } from '../../src/db/answeringEarly';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { recordQueries } from '../../src/db/recordQueries';

let engine: Database;
beforeAll(async () => {
  engine = await openNodeDatabase();
  await engine.exec('CREATE TABLE t AS SELECT range AS n FROM range(3)');
});
afterAll(() => engine.close());

const KNOWN = 'SELECT count(*) AS n FROM t';
const lookup: EarlyLookup = (query) => (query === KNOWN ? [{ n: 3 }] : null);

/** An engine that is ready only when `open` is called, and the queries that reached it. */
function startingEngine() {
  const recorder = recordQueries(engine);
  let open!: () => void;
  const ready = new Promise<Database>((resolve) => (open = () => resolve(recorder.db)));
  return { ready, open, asked: recorder.asked };
}

describe('a database answering early', () => {
  it('answers a known query before the engine is ready, and waits with any other', async () => {
    const starting = startingEngine();
    const db = answeringEarly(starting.ready, Promise.resolve(lookup));
    expect(await db.query(KNOWN)).toEqual([{ n: 3 }]);
    let other: unknown = null;
    const asked = db.query('SELECT max(n) AS n FROM t').then((rows) => (other = rows));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(other).toBeNull();
    expect(starting.asked).toEqual([]);
    starting.open();
    await asked;
    expect(other).toEqual([{ n: 2 }]);
  });

  it('asks the engine everything once it is ready, the known queries too', async () => {
    const starting = startingEngine();
    const db = answeringEarly(starting.ready, Promise.resolve(lookup));
    starting.open();
    await starting.ready;
    await engine.exec('INSERT INTO t VALUES (7)');
    expect(await db.query(KNOWN)).toEqual([{ n: 4 }]);
    expect(starting.asked).toEqual([KNOWN]);
    await engine.exec('DELETE FROM t WHERE n = 7');
  });

  it('waits for the engine when its early answers cannot be read', async () => {
    // Asked nothing, it leaves no rejection unhandled (which fails the run).
    answeringEarly(Promise.resolve(engine), Promise.reject(new Error('gone')));
    const starting = startingEngine();
    const db = answeringEarly(starting.ready, Promise.reject(new Error('not found')));
    const answer = db.query(KNOWN);
    starting.open();
    expect(await answer).toEqual([{ n: 3 }]);
    expect(starting.asked).toEqual([KNOWN]);
  });

  it('passes statements of every other kind to the engine once it is ready', async () => {
    const starting = startingEngine();
    const db = answeringEarly(starting.ready, Promise.resolve(lookup));
    const created = db.exec('CREATE TABLE u (x INTEGER)');
    starting.open();
    await created;
    expect(await db.query('SELECT count(*) AS n FROM u')).toEqual([{ n: 0 }]);
    await db.exec('DROP TABLE u');
  });

  it('rejects what waits for an engine that failed to start', async () => {
    const db = answeringEarly(Promise.reject(new Error('no wasm')), Promise.resolve(lookup));
    expect(await db.query(KNOWN)).toEqual([{ n: 3 }]);
    await expect(db.query('SELECT 1')).rejects.toThrow('no wasm');
    await expect(db.exec('SELECT 1')).rejects.toThrow('no wasm');
  });
});
