import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlQuery } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { withQueryCache } from '../../src/db/queryCache';

let engine: Database;
let asked: string[];

/** The real engine, noting every query that reaches it. */
function counted(): Database {
  return {
    ...engine,
    query<T>(query: SqlQuery | string) {
      asked.push(
        typeof query === 'string' ? query : `${query.sql} ${JSON.stringify(query.params)}`,
      );
      return engine.query<T>(query);
    },
  };
}

beforeAll(async () => {
  engine = await openNodeDatabase();
  await engine.exec('CREATE TABLE t AS SELECT range AS n FROM range(10)');
});
afterAll(() => engine.close());

describe('the query cache', () => {
  it('answers the same query with the same values once, asked together or later', async () => {
    asked = [];
    const db = withQueryCache(counted());
    const query = { sql: 'SELECT sum(n) AS s FROM t WHERE n < ?', params: [5] };
    const [a, b] = await Promise.all([db.query(query), db.query(query)]);
    const c = await db.query(query);
    expect([a, b, c]).toEqual([[{ s: 10 }], [{ s: 10 }], [{ s: 10 }]]);
    expect(asked).toHaveLength(1);
  });

  it('tells queries apart by their parameters, not only their text', async () => {
    asked = [];
    const db = withQueryCache(counted());
    const sql = 'SELECT count(*) AS c FROM t WHERE n < ?';
    expect(await db.query({ sql, params: [3] })).toEqual([{ c: 3 }]);
    expect(await db.query({ sql, params: [7] })).toEqual([{ c: 7 }]);
    expect(asked).toHaveLength(2);
  });

  it('keeps no failure: the same query asked again runs again', async () => {
    asked = [];
    const db = withQueryCache(counted());
    await expect(db.query('SELECT * FROM missing_table')).rejects.toThrow(/missing_table/);
    await engine.exec('CREATE TABLE missing_table AS SELECT 1 AS x');
    expect(await db.query('SELECT * FROM missing_table')).toEqual([{ x: 1 }]);
    expect(asked).toHaveLength(2);
    await engine.exec('DROP TABLE missing_table');
  });

  it('forgets the answers used longest ago once it holds 48', async () => {
    asked = [];
    const db = withQueryCache(counted());
    const ask = (n: number) => db.query({ sql: 'SELECT ?::INTEGER AS n', params: [n] });
    for (let n = 0; n < 49; n++) await ask(n);
    await ask(48);
    await ask(1);
    expect(asked).toHaveLength(49);
    await ask(0);
    expect(asked).toHaveLength(50);
  });

  it('passes statements that change data straight through, and a new cache sees the change', async () => {
    const db = withQueryCache(engine);
    expect(await db.query('SELECT count(*) AS c FROM t')).toEqual([{ c: 10 }]);
    await db.exec('INSERT INTO t VALUES (10)');
    expect(await withQueryCache(engine).query('SELECT count(*) AS c FROM t')).toEqual([{ c: 11 }]);
    await engine.exec('DELETE FROM t WHERE n = 10');
  });
});
