import { answeringEarly, type EarlyLookup } from '../db/answeringEarly';
import type { Database } from '../db/database';
import { browserDatabase } from '../db/browserDatabase';
import { createSchema } from '../db/schema';
import { earlyRows } from './earlyAnswers';
import { fetchFirstViewAnswers } from './fetchFirstViewAnswers';
import { fetchBundledTables, loadBundledSnapshots } from './loadBundledSnapshots';
import { readingCode } from './snapshots/readingCode';
import { savedFiles, type SavedFile } from './snapshots/savedFiles';

export interface Started {
  readonly db: Database;
  /** Rows loaded from the bundled snapshots. */
  readonly rows: number;
  /** Snapshot id -> key of its saved file, for the files loaded again from the last visit. */
  readonly saved: Map<number, number>;
  /** What could not be loaded again, in words. */
  readonly problems: readonly string[];
}

export type Progress = (step: string, done: number, total: number) => void;

// Two steps to start DuckDB, one to create the tables, one for the bundled data, one for saved.
export const START_STEPS = 5;

export const START_STEP = 'driftwatch:start-step';

let started: Promise<Started> | null = null;
let starting: Database | null = null;
let report: Progress = () => {};
let latest: Parameters<Progress> | null = null;

type Saved = [number, SavedFile][];

/** The default view's first answers, which hold only while the page holds the bundled data alone. */
async function firstViewLookup(files: Promise<Saved>): Promise<EarlyLookup> {
  const [saved, answers] = await Promise.all([files, fetchFirstViewAnswers()]);
  return saved.length > 0 ? () => null : (query) => earlyRows(answers, query);
}

/** The engine's start, and the database that answers the first view's reads meanwhile. */
function begin(): { db: Database; started: Promise<Started> } {
  const files = savedFiles().catch((): Saved => []);
  const engine = start(files);
  const db = answeringEarly(
    engine.then((s) => s.db),
    firstViewLookup(files),
  );
  return { db, started: engine.then((s) => ({ ...s, db })) };
}

async function start(files: Promise<Saved>): Promise<Started> {
  let done = 0;
  const step = (text: string) => {
    // Seen by a profiler, and by the benchmark's account of a cold start.
    performance.mark(START_STEP, { detail: text });
    latest = [text, done++, START_STEPS];
    report(...latest);
  };
  // Read while the engine starts; a failure is reported when the tables are loaded.
  const tables = fetchBundledTables();
  tables.catch(() => {});
  const db = await browserDatabase(step);
  step('Creating the tables');
  await createSchema(db);
  step('Loading the bundled data');
  const rows = await loadBundledSnapshots(db, tables);
  step('Loading the snapshots you added');
  const saved = new Map<number, number>();
  const problems: string[] = [];
  const toLoad = await files;
  if (toLoad.length > 0) {
    const { ingestFile } = await readingCode();
    for (const [key, file] of toLoad) {
      const result = await ingestFile(db, file.name, file.file, file.options);
      if (result.snapshotId !== null) saved.set(result.snapshotId, key);
      else problems.push(`${file.name}: ${result.report.error}`);
    }
  }
  return { db, rows, saved, problems };
}

/**
 * Starts DuckDB and loads the bundled snapshots, then the files loaded on earlier visits, once
 * per page however often it is asked (the page asks before React renders, React's StrictMode
 * twice more). Progress goes to the latest caller, told at once of the step under way; a
 * failure is not cached, so asking again retries.
 */
export function startDriftwatch(onProgress: Progress = () => {}): Promise<Started> {
  report = onProgress;
  if (started && latest) onProgress(...latest);
  if (!started) {
    const begun = begin();
    starting = begun.db;
    started = begun.started;
    started.catch(() => {
      started = null;
      starting = null;
    });
  }
  return started;
}

/**
 * The database of the start under way: it answers the default view's first reads from answers
 * built with the site, so the page can draw that view before the engine is ready (see begin).
 */
export function startingDatabase(): Database | null {
  return starting;
}
