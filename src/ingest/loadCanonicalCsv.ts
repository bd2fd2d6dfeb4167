import type { Database } from '../db/database';
import type { DataTable } from '../db/schema';
import { CANONICAL_COLUMNS } from './canonicalColumns';
import { contentHash } from './contentHash';

export interface CanonicalSnapshot {
  readonly kind: DataTable;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Who published the snapshot as a whole; rows carry their own `source` too. */
  readonly source: string;
  readonly bundled: boolean;
}

export interface LoadedSnapshot {
  readonly id: number;
  readonly kind: DataTable;
  readonly fileName: string;
  readonly rows: number;
  /** True when a snapshot with the same content was already loaded: nothing was added. */
  readonly alreadyLoaded: boolean;
}

function columnsStruct(kind: DataTable): string {
  const entries = CANONICAL_COLUMNS[kind].map(([name, type]) => `'${name}': '${type}'`);
  return `{${entries.join(', ')}}`;
}

/**
 * Loads a file that is already in canonical form (the bundled snapshots) in one typed pass of
 * `read_csv`, inside a transaction: a malformed row fails the whole load and changes nothing.
 * Content already loaded (same hash) is not loaded twice.
 */
export async function loadCanonicalCsv(
  db: Database,
  snapshot: CanonicalSnapshot,
): Promise<LoadedSnapshot> {
  const hash = await contentHash(snapshot.bytes);
  const [previous] = await db.query<{ id: number; accepted: number }>({
    sql: 'SELECT id, accepted FROM snapshots WHERE content_hash = ? AND kind = ?',
    params: [hash, snapshot.kind],
  });
  if (previous) {
    const { kind, fileName } = snapshot;
    return { id: previous.id, kind, fileName, rows: previous.accepted, alreadyLoaded: true };
  }
  const registered = `snapshot-${hash}.csv`;
  const columns = CANONICAL_COLUMNS[snapshot.kind].map(([name]) => name);
  await db.registerFile(registered, snapshot.bytes);
  await db.exec('BEGIN TRANSACTION');
  try {
    const [{ id } = { id: NaN }] = await db.query<{ id: number }>({
      sql: `INSERT INTO snapshots
              (id, kind, file_name, content_hash, source, bundled, loaded_at, rows_read, accepted, rejected)
            VALUES (nextval('snapshot_ids'), ?, ?, ?, ?, ?, current_timestamp::TIMESTAMP, 0, 0, 0)
            RETURNING id`,
      params: [snapshot.kind, snapshot.fileName, hash, snapshot.source, snapshot.bundled],
    });
    // Table and column names come from our own constants, never from the file.
    const [{ Count: rows } = { Count: 0 }] = await db.query<{ Count: number }>({
      sql: `INSERT INTO ${snapshot.kind} (${columns.join(', ')}, snapshot_id)
            SELECT ${columns.join(', ')}, ?::INTEGER
            FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"',
                          escape = '"', columns = ${columnsStruct(snapshot.kind)})`,
      params: [id, registered],
    });
    await db.query({
      sql: 'UPDATE snapshots SET rows_read = ?, accepted = ? WHERE id = ?',
      params: [rows, rows, id],
    });
    await db.exec('COMMIT');
    return { id, kind: snapshot.kind, fileName: snapshot.fileName, rows, alreadyLoaded: false };
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  } finally {
    await db.dropFile(registered);
  }
}
