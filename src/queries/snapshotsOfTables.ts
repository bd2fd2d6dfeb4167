import type { SqlQuery } from '../db/database';
import type { DataTable } from '../db/schema';
import { placeholders } from './placeholders';

export interface SnapshotUsedRow {
  readonly fileName: string;
  readonly kind: string;
  readonly contentHash: string;
  readonly source: string;
  readonly loadedAt: Date;
}

/** The snapshots loaded into these tables: what a chart drawn from them stands on. */
export function snapshotsOfTablesQuery(tables: readonly DataTable[]): SqlQuery {
  return {
    sql: `SELECT file_name AS fileName, kind, content_hash AS contentHash, source, loaded_at AS loadedAt
          FROM snapshots WHERE kind IN (${placeholders(tables.length)}) ORDER BY id`,
    params: [...tables],
  };
}
