import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { buildTablesBundle } from '../../src/ingest/bundle/buildTablesBundle';
import { BUNDLED_SNAPSHOTS } from '../../src/ingest/bundle/bundledSnapshots';
import { BUNDLED_TABLES } from '../../src/ingest/bundle/bundledTables';
import { loadTablesBundle } from '../../src/ingest/bundle/loadTablesBundle';
import { decodeTablesBundle, encodeTablesBundle } from '../../src/ingest/bundle/tablesBundle';
import { ingestFile } from '../../src/ingest/ingestFile';
import { emptyDb, loadFile } from '../helpers/sampleDb';

const DATA = path.resolve(import.meta.dirname, '../../data');

let bundle: Uint8Array;
beforeAll(async () => {
  const db = await openNodeDatabase();
  bundle = await buildTablesBundle(db, (name) => openAsBlob(path.join(DATA, name)));
  await db.close();
});

/** A table's columns and types, and its rows in the order they are stored. */
async function contents(db: Database, table: string) {
  const columns = await db.query(`SELECT column_name, data_type FROM duckdb_columns()
    WHERE table_name = '${table}' ORDER BY column_index`);
  const columnsRead = table === 'snapshots' ? '* EXCLUDE (loaded_at)' : '*';
  const rows = await db.query(`SELECT ${columnsRead} FROM ${table} ORDER BY rowid`);
  return { columns, rows };
}

describe('the bundled tables', () => {
  it('hold exactly what loading the files of data/ gives: every row, type, source and order', async () => {
    const loaded = await emptyDb();
    for (const { kind, fileName, source } of BUNDLED_SNAPSHOTS)
      await loadFile(loaded, kind, `data/${fileName}`, { source, bundled: true });
    const bundled = await emptyDb();
    const rows = await loadTablesBundle(bundled, bundle);
    const [total] = await loaded.query<{ n: number }>(
      'SELECT CAST(sum(accepted) AS BIGINT) AS n FROM snapshots',
    );
    expect(rows).toBe(total?.n);
    expect(rows).toBeGreaterThan(10_000);
    for (const table of BUNDLED_TABLES)
      expect(await contents(bundled, table), table).toEqual(await contents(loaded, table));
    await loaded.close();
    await bundled.close();
  });

  it('count as loaded now, and a snapshot loaded after them takes the next id', async () => {
    const db = await emptyDb();
    const before = Date.now();
    await loadTablesBundle(db, bundle);
    const snapshots = await db.query<{ id: number; loaded_at: Date; bundled: boolean }>(
      'SELECT id, loaded_at, bundled FROM snapshots ORDER BY id',
    );
    expect(snapshots.map((s) => [s.id, s.bundled])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    for (const s of snapshots) expect(s.loaded_at.getTime()).toBeGreaterThan(before - 1000);
    const csv = 'date,label,kind,source\n2025-02-01,A later event,news,Test\n';
    const later = await ingestFile(db, 'later.csv', new Blob([csv]), { kind: 'events' });
    expect(later.snapshotId).toBe(4);
    await db.close();
  });

  it('refuse a damaged bundle with a reason, and leave the tables empty', async () => {
    const db = await emptyDb();
    const cut = bundle.subarray(0, bundle.length - 100);
    await expect(loadTablesBundle(db, cut)).rejects.toThrow(/events is cut short/);
    await expect(loadTablesBundle(db, new TextEncoder().encode('date,app\n'))).rejects.toThrow(
      /not a Driftwatch tables bundle/,
    );
    // A whole container whose last table's rows are not Arrow: the tables before it go too.
    const tables = decodeTablesBundle(bundle);
    const damaged = encodeTablesBundle(
      tables.map((t) => (t.name === 'events' ? { ...t, stream: new Uint8Array(64).fill(7) } : t)),
    );
    await expect(loadTablesBundle(db, damaged)).rejects.toThrow();
    for (const table of BUNDLED_TABLES) {
      const [held] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      expect(held?.n, table).toBe(0);
    }
    await db.close();
  });

  it('load only into empty tables', async () => {
    const db = await emptyDb();
    await loadTablesBundle(db, bundle);
    await expect(loadTablesBundle(db, bundle)).rejects.toThrow(/only into empty tables/);
    await db.close();
  });
});

describe('a tables bundle', () => {
  it('gives back the tables it was made of, in order', () => {
    const tables = [
      { name: 'a', stream: new Uint8Array([1, 2, 3]) },
      { name: 'b', stream: new Uint8Array([]) },
      { name: 'c', stream: new Uint8Array([4]) },
    ];
    expect(decodeTablesBundle(encodeTablesBundle(tables))).toEqual(tables);
  });

  it('refuses bytes after its last table', () => {
    const bytes = encodeTablesBundle([{ name: 'a', stream: new Uint8Array([1]) }]);
    const longer = new Uint8Array([...bytes, 0]);
    expect(() => decodeTablesBundle(longer)).toThrow(/1 bytes follow the last table/);
  });
});
