import type { Database } from '../db/database';
import { browserDatabase } from '../db/browserDatabase';
import { createSchema } from '../db/schema';
import { loadCanonicalCsv } from '../ingest/loadCanonicalCsv';
import { BUNDLED_SNAPSHOTS } from './bundledSnapshots';
import { fetchBytes } from './fetchBytes';

export interface Started {
  readonly db: Database;
  readonly rows: number;
}

export type Progress = (step: string, done: number, total: number) => void;

// Two steps to start DuckDB, one to create the tables, one per bundled snapshot.
export const START_STEPS = 3 + BUNDLED_SNAPSHOTS.length;

let started: Promise<Started> | null = null;
let report: Progress = () => {};

async function start(): Promise<Started> {
  let done = 0;
  const step = (text: string) => report(text, done++, START_STEPS);
  const db = await browserDatabase(step);
  step('Creating the tables');
  await createSchema(db);
  let rows = 0;
  for (const snapshot of BUNDLED_SNAPSHOTS) {
    step(`Loading ${snapshot.fileName}`);
    const bytes = await fetchBytes(snapshot.url, snapshot.fileName);
    rows += (await loadCanonicalCsv(db, { ...snapshot, bytes, bundled: true })).rows;
  }
  return { db, rows };
}

/**
 * Starts DuckDB and loads the bundled snapshots, once per page however often it is asked
 * (React's StrictMode asks twice). Progress goes to the latest caller; a failure is not cached,
 * so asking again retries.
 */
export function startDriftwatch(onProgress: Progress): Promise<Started> {
  report = onProgress;
  started ??= start();
  started.catch(() => (started = null));
  return started;
}
