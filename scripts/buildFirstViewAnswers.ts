import { gunzipSync, gzipSync } from 'node:zlib';
import { openNodeDatabase } from '../src/db/nodeDatabase';
import { queryKey } from '../src/db/queryCache';
import { createSchema } from '../src/db/schema';
import { recordQueries } from '../src/db/recordQueries';
import { loadTablesBundle } from '../src/ingest/bundle/loadTablesBundle';
import { DEFAULT_VIEW } from '../src/state/viewState';
import { readFirstView } from '../src/ui/dashboard/readFirstView';
import { encodeEarlyAnswers } from '../src/ui/earlyAnswers';

/**
 * The answers the dashboard's first reads of the default view get, from the bundled tables
 * loaded as the page loads them, so the page can draw that view while its engine starts.
 */
export async function buildFirstViewAnswers(bundledTables: Uint8Array): Promise<Uint8Array> {
  const db = await openNodeDatabase();
  try {
    await createSchema(db);
    await loadTablesBundle(db, gunzipSync(bundledTables));
    const recorder = recordQueries(db);
    await readFirstView(recorder.db, DEFAULT_VIEW);
    const asked = new Map(recorder.asked.map((query) => [queryKey(query), query]));
    const answers = [];
    for (const query of asked.values())
      answers.push({ query, stream: await db.arrowStream(query) });
    return gzipSync(encodeEarlyAnswers(answers), { level: 9 });
  } finally {
    await db.close();
  }
}
