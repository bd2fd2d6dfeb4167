import type { Database } from '../db/database';
import { noteShownKeys, restoreOlder } from './latestRankings';

/** Removes a snapshot and its rows; rows of older snapshots it had replaced show again. */
export async function removeSnapshot(db: Database, id: number): Promise<void> {
  await db.exec('BEGIN TRANSACTION');
  try {
    await noteShownKeys(db, id);
    for (const table of ['app_rankings', 'hashtag_views', 'events']) {
      await db.query({ sql: `DELETE FROM ${table} WHERE snapshot_id = ?`, params: [id] });
    }
    await restoreOlder(db);
    await db.query({ sql: 'DELETE FROM snapshots WHERE id = ?', params: [id] });
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}

/** Changes the source shown for the rows of a snapshot that name none of their own. */
export async function setSnapshotSource(db: Database, id: number, source: string): Promise<void> {
  await db.query({ sql: 'UPDATE snapshots SET source = ? WHERE id = ?', params: [source, id] });
}
