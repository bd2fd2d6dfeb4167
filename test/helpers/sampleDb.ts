import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { createSchema } from '../../src/db/schema';
import type { DataTable } from '../../src/db/schema';
import { loadCanonicalCsv } from '../../src/ingest/loadCanonicalCsv';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A real DuckDB (the wasm engine, in Node) with the canonical tables and no data. */
export async function emptyDb(): Promise<Database> {
  const db = await openNodeDatabase();
  await createSchema(db);
  return db;
}

/** Loads a canonical CSV from the repository into the database, as the page does. */
export async function loadFile(db: Database, kind: DataTable, relativePath: string) {
  const bytes = new Uint8Array(await readFile(path.join(ROOT, relativePath)));
  return loadCanonicalCsv(db, {
    kind,
    fileName: path.basename(relativePath),
    bytes,
    source: 'test',
    bundled: true,
  });
}

/** The bundled snapshots of `data/`, loaded through the same code the page runs. */
export async function sampleDb(): Promise<Database> {
  const db = await emptyDb();
  await loadFile(db, 'app_rankings', 'data/app_rankings.csv');
  await loadFile(db, 'hashtag_views', 'data/hashtag_views.csv');
  await loadFile(db, 'events', 'data/events.csv');
  return db;
}
