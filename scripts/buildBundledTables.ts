import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openNodeDatabase } from '../src/db/nodeDatabase';
import { buildTablesBundle } from '../src/ingest/bundle/buildTablesBundle';

/** The bundled tables built from the files of `dataDir`, gzipped. */
export async function buildBundledTables(dataDir: string): Promise<Uint8Array> {
  const db = await openNodeDatabase();
  try {
    const bundle = await buildTablesBundle(db, (name) => openAsBlob(path.join(dataDir, name)));
    // Gzipped here, as a static host need not compress a file of its own accord (1.7 MB -> 0.3 MB).
    return gzipSync(bundle, { level: 9 });
  } finally {
    await db.close();
  }
}
