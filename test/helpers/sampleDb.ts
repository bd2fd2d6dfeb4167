import { openAsBlob } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { createSchema } from '../../src/db/schema';
import type { DataTable } from '../../src/db/schema';
import { ingestFile } from '../../src/ingest/ingestFile';
import type { LoadOptions } from '../../src/ingest/loadInspection';
import { createNormalisers } from '../../src/ingest/sql/normaliserSql';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A real DuckDB (the wasm engine, in Node) with the canonical tables and no data. */
export async function emptyDb(): Promise<Database> {
  const db = await openNodeDatabase();
  await createSchema(db);
  await createNormalisers(db);
  return db;
}

/** Loads a CSV file of the repository into the database through the page's own ingest. */
export async function loadFile(
  db: Database,
  kind: DataTable,
  relativePath: string,
  options: LoadOptions = {},
) {
  const file = await openAsBlob(path.join(ROOT, relativePath));
  return ingestFile(db, path.basename(relativePath), file, { kind, source: 'test', ...options });
}

/** The bundled snapshots of `data/`, loaded through the same code the page runs. */
export async function sampleDb(): Promise<Database> {
  const db = await emptyDb();
  await loadFile(db, 'app_rankings', 'data/app_rankings.csv');
  await loadFile(db, 'hashtag_views', 'data/hashtag_views.csv');
  await loadFile(db, 'events', 'data/events.csv');
  return db;
}
