import type { NodeDatabase } from '../../db/nodeDatabase';
import { createSchema } from '../../db/schema';
import { ingestFile } from '../ingestFile';
import { BUNDLED_SNAPSHOTS } from './bundledSnapshots';
import { BUNDLED_TABLES } from './bundledTables';
import { encodeTablesBundle } from './tablesBundle';

/**
 * The tables the site starts with, built at build time: each bundled snapshot of `data/` goes
 * through the very ingest a file loaded in the page goes through, and the tables it fills are
 * kept as they are (rows, order, provenance, the snapshots' reports), so the page need not parse
 * and check them again on every start. A snapshot that is not wholly clean stops the build.
 */
export async function buildTablesBundle(
  db: NodeDatabase,
  readFile: (fileName: string) => Promise<Blob>,
): Promise<Uint8Array> {
  await createSchema(db);
  for (const snapshot of BUNDLED_SNAPSHOTS) {
    const { report } = await ingestFile(db, snapshot.fileName, await readFile(snapshot.fileName), {
      kind: snapshot.kind,
      source: snapshot.source,
      bundled: true,
    });
    if (report.error || report.rejected > 0) {
      throw new Error(
        `The bundled ${snapshot.fileName} did not load cleanly: ${report.error ?? `${report.rejected} rows refused, the first on line ${report.rejects[0]?.line}: ${report.rejects[0]?.reason}`}.`,
      );
    }
  }
  const tables = [];
  for (const name of BUNDLED_TABLES) {
    // The page sets when its snapshots were loaded; a fixed time here keeps the build reproducible.
    const columns = name === 'snapshots' ? "* REPLACE (TIMESTAMP '1970-01-01' AS loaded_at)" : '*';
    tables.push({ name, stream: await db.arrowStream(`SELECT ${columns} FROM ${name}`) });
  }
  return encodeTablesBundle(tables);
}
