import type { Database } from '../../db/database';
import type { DataTable } from '../../db/schema';
import { supersedeOlder } from '../latestRankings';
import { inChartOrder } from './chartOrder';
import { KEYS, KIND_PLANS } from './kindPlans';

export interface SnapshotToCommit {
  readonly table: DataTable;
  /** The temporary table of checked records (`checkSql`). */
  readonly checked: string;
  readonly fileName: string;
  readonly hash: string;
  readonly source: string;
  readonly bundled: boolean;
  readonly rowsRead: number;
  readonly rejected: number;
}

export interface Committed {
  readonly id: number;
  /** Rows added to the table (one per key: the last of a key within the file wins). */
  readonly inserted: number;
  /** Accepted rows that repeat a key of a later row of the same file, and were not added. */
  readonly repeated: number;
  /** Rows of this snapshot whose key an older snapshot also has: they replace it in the views. */
  readonly replaced: number;
}

/** Rows of the snapshot whose key an older snapshot also has: they replace those in the views. */
async function countReplaced(db: Database, table: DataTable, id: number): Promise<number> {
  const match = KEYS[table].map((k) => `o.${k} = n.${k}`).join(' AND ');
  const [{ replaced } = { replaced: 0 }] = await db.query<{ replaced: number }>({
    sql: `SELECT count(*) AS replaced FROM ${table} n
          WHERE n.snapshot_id = ?
            AND EXISTS (SELECT 1 FROM ${table} o WHERE o.snapshot_id <> n.snapshot_id AND ${match})`,
    params: [id],
  });
  return replaced;
}

/** Adds the accepted records and the snapshot's entry in one transaction: all or nothing. */
export async function commitSnapshot(db: Database, s: SnapshotToCommit): Promise<Committed> {
  const columns = KIND_PLANS[s.table].map((p) => p.column);
  const values = columns.map((c) => `v_${c}`);
  const keys = KEYS[s.table];
  await db.exec('BEGIN TRANSACTION');
  try {
    const [{ id } = { id: NaN }] = await db.query<{ id: number }>({
      sql: `INSERT INTO snapshots (id, kind, file_name, content_hash, source, bundled, loaded_at,
                                   rows_read, accepted, rejected)
            VALUES (nextval('snapshot_ids'), ?, ?, ?, ?, ?, current_timestamp::TIMESTAMP, ?, ?, ?)
            RETURNING id`,
      params: [
        s.table,
        s.fileName,
        s.hash,
        s.source,
        s.bundled,
        s.rowsRead,
        s.rowsRead - s.rejected,
        s.rejected,
      ],
    });
    const ordered = s.table === 'app_rankings' ? inChartOrder(s.checked) : null;
    const eligibleFrom = (records: string) => `FROM ${records}
            WHERE rn NOT IN (SELECT rn FROM ${s.checked} WHERE problem IS NOT NULL)`;
    const eligible = eligibleFrom(s.checked);
    const keyValues = keys.map((k) => `v_${k}`).join(', ');
    const [{ rows, distinct } = { rows: 0, distinct: 0 }] = await db.query<{
      rows: number;
      distinct: number;
    }>(`SELECT count(*) AS rows, count(DISTINCT hash(${keyValues})) AS distinct ${eligible}`);
    // Choosing the last row of each key sorts the whole file: done only when a key may repeat.
    // Distinct hashes are as many as the rows only if the keys are distinct too; a collision
    // merely takes the longer way.
    const lastOfKey =
      rows > distinct
        ? `QUALIFY row_number() OVER (PARTITION BY ${keyValues} ORDER BY rn DESC) = 1`
        : '';
    const [{ Count: inserted } = { Count: 0 }] = await db.query<{ Count: number }>({
      sql: `INSERT INTO ${s.table} (${columns.join(', ')}, snapshot_id)
            SELECT ${values.join(', ')}, ?::INTEGER
            ${eligibleFrom(ordered?.from ?? s.checked)}
            ${lastOfKey}
            ${ordered?.orderBy ?? ''}`,
      params: [id],
    });
    const replaced =
      s.table === 'app_rankings'
        ? await supersedeOlder(db, id)
        : await countReplaced(db, s.table, id);
    await db.exec('COMMIT');
    return { id, inserted, repeated: rows - inserted, replaced };
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}
