import type { Database } from '../db/database';
import { ingestFile } from '../ingest/ingestFile';
import { BUNDLED_SNAPSHOTS } from './bundledSnapshots';
import { fetchBlob } from './fetchBlob';

/** Loads the snapshots shipped with the site, each through the ingest any file goes through. */
export async function loadBundledSnapshots(
  db: Database,
  step: (text: string) => void = () => {},
): Promise<number> {
  let rows = 0;
  for (const snapshot of BUNDLED_SNAPSHOTS) {
    step(`Loading ${snapshot.fileName}`);
    const file = await fetchBlob(snapshot.url, snapshot.fileName);
    const { report: loaded } = await ingestFile(db, snapshot.fileName, file, {
      kind: snapshot.kind,
      source: snapshot.source,
      bundled: true,
    });
    if (loaded.error || loaded.rejected > 0) {
      throw new Error(
        `The bundled ${snapshot.fileName} did not load cleanly: ${loaded.error ?? `${loaded.rejected} rows refused`}.`,
      );
    }
    rows += loaded.accepted;
  }
  return rows;
}
