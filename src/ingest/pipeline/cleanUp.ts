import type { Database } from '../../db/database';

/** Drops a load's temporary tables and its registered file, whatever happened. */
export async function cleanUp(db: Database, file: string, tables: readonly string[]) {
  for (const table of tables) await db.exec(`DROP TABLE IF EXISTS ${table}`);
  await db.dropFile(file).catch(() => {});
}
