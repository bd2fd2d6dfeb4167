import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { openNodeDatabase } from '../db/nodeDatabase';
import { createSchema } from '../db/schema';
import { ingestFile } from '../ingest/ingestFile';
import type { LoadOptions as IngestOptions } from '../ingest/loadInspection';
import { createNormalisers } from '../ingest/sql/normaliserSql';
import type { IngestReport } from '../ingest/types';

/**
 * Runs each file through the page's own ingest, into a scratch database that starts empty:
 * what a load into a fresh dashboard would do, file by file, in the order given.
 */
export async function checkFiles(
  files: readonly string[],
  options: IngestOptions,
): Promise<IngestReport[]> {
  const db = await openNodeDatabase();
  try {
    await createSchema(db);
    await createNormalisers(db);
    const reports: IngestReport[] = [];
    for (const file of files) {
      const name = path.relative(process.cwd(), file) || file;
      try {
        const { report } = await ingestFile(db, name, await openAsBlob(file), options);
        reports.push(report);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reports.push({
          file: name,
          kind: null,
          rowsRead: 0,
          accepted: 0,
          rejected: 0,
          rejects: [],
          warnings: [],
          error: `Could not be read: ${message}`,
        });
      }
    }
    return reports;
  } finally {
    await db.close();
  }
}
