import bundledTablesUrl from 'virtual:bundled-tables';
import type { Database } from '../db/database';
import { loadTablesBundle } from '../ingest/bundle/loadTablesBundle';
import { fetchUnpacked } from './fetchUnpacked';

/** The snapshots shipped with the site: the tables `data/` became when the site was built. */
export async function fetchBundledTables(): Promise<Uint8Array> {
  return fetchUnpacked(bundledTablesUrl, 'the bundled data');
}

/**
 * Loads the snapshots shipped with the site, built by the ingest any file goes through, so
 * starting costs no parsing or checking. `tables` may already be on its way (see startDriftwatch).
 */
export async function loadBundledSnapshots(
  db: Database,
  tables: Promise<Uint8Array> = fetchBundledTables(),
): Promise<number> {
  return loadTablesBundle(db, await tables);
}
