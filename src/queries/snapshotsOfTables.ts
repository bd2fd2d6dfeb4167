import type { SqlQuery } from '../db/database';
import type { DataTable } from '../db/schema';

export interface SnapshotUsedRow {
  readonly fileName: string;
  readonly kind: string;
  readonly contentHash: string;
  readonly source: string;
  readonly loadedAt: Date;
}

/** The views the charts read, by table; the names come from this list, never from input. */
export const CURRENT_VIEW: Record<DataTable, string> = {
  app_rankings: 'app_rankings_current',
  hashtag_views: 'hashtag_views_current',
  events: 'events_current',
};

/**
 * The snapshots a chart drawn from these tables stands on: those with rows the views show now,
 * so a snapshot wholly replaced by a newer one, or one of another kind, is not listed.
 */
export function snapshotsOfTablesQuery(tables: readonly DataTable[]): SqlQuery {
  const used = [...new Set(tables)]
    .map((table) => `SELECT snapshot_id FROM ${CURRENT_VIEW[table]}`)
    .join(' UNION ');
  return {
    sql: `SELECT file_name AS fileName, kind, content_hash AS contentHash, source, loaded_at AS loadedAt
          FROM snapshots WHERE id IN (${used || 'SELECT NULL'}) ORDER BY id`,
    params: [],
  };
}
