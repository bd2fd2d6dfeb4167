import type { Database } from '../db/database';
import { createSchema, dropSchema } from '../db/schema';
import { loadBundledSnapshots } from './loadBundledSnapshots';
import { forgetAllFiles } from './snapshots/savedFiles';

/**
 * Back to the data the site ships with, whatever happened to the tables: loaded snapshots are
 * forgotten, and tables changed, emptied or dropped in the SQL workbench are built again.
 */
export async function resetToBundledData(db: Database, saved: Map<number, number>): Promise<void> {
  await dropSchema(db);
  await createSchema(db);
  await loadBundledSnapshots(db);
  await forgetAllFiles();
  saved.clear();
}
