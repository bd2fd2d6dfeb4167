import type { Database } from '../db/database';
import { IngestError } from './ingestError';
import { inspectFile } from './inspectFile';
import { loadInspection, type Loaded, type LoadOptions } from './loadInspection';
import { failedReport } from './failedReport';

/**
 * Inspects and loads one file in one go (the command-line checker, reloads of saved snapshots).
 * A file that cannot be used changes nothing and gets a report that says why.
 */
export async function ingestFile(
  db: Database,
  name: string,
  file: Blob,
  options: LoadOptions = {},
): Promise<Loaded> {
  try {
    const inspection = await inspectFile(db, name, file);
    return await loadInspection(db, inspection, options);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { report: failedReport(name, error.message), snapshotId: null, replaced: 0 };
  }
}
