import type { SqlQuery } from '../db/database';

export interface SnapshotRow {
  readonly id: number;
  readonly kind: string;
  readonly fileName: string;
  readonly source: string;
  readonly bundled: boolean;
  readonly loadedAt: Date;
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
}

export function snapshotListQuery(): SqlQuery {
  return {
    sql: `SELECT id, kind, file_name AS fileName, source, bundled, loaded_at AS loadedAt,
                 rows_read AS rowsRead, accepted, rejected
          FROM snapshots ORDER BY id`,
    params: [],
  };
}
