import bundledTablesUrl from 'virtual:bundled-tables';
import type { Database } from '../db/database';
import { loadTablesBundle } from '../ingest/bundle/loadTablesBundle';
import { fetchBlob } from './fetchBlob';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

// Served gzipped; a host that sends it with `Content-Encoding: gzip` has already unpacked it.
async function unpacked(file: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The snapshots shipped with the site: the tables `data/` became when the site was built. */
export async function fetchBundledTables(): Promise<Uint8Array> {
  return unpacked(await fetchBlob(bundledTablesUrl, 'the bundled data'));
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
