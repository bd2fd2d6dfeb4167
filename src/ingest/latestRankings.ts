import type { Database } from '../db/database';
import { KEYS } from './pipeline/kindPlans';

const KEY = KEYS.app_rankings;
const same = (a: string, b: string) => KEY.map((k) => `${a}.${k} = ${b}.${k}`).join(' AND ');
const NEWEST_FIRST = `row_number() OVER (PARTITION BY ${KEY.join(', ')} ORDER BY snapshot_id DESC)`;

/**
 * A snapshot's rankings, just added, become the rows the views show for their keys: the older
 * rows of those keys are marked superseded (see the schema). Answers how many they replace.
 * Days no older current row has cannot replace anything, so the join is skipped when none do.
 */
export async function supersedeOlder(db: Database, snapshotId: number): Promise<number> {
  const [{ overlap } = { overlap: 0 }] = await db.query<{ overlap: number }>({
    sql: `SELECT count(*) AS overlap
          FROM app_rankings o, (SELECT min(date) AS lo, max(date) AS hi FROM app_rankings
                                WHERE snapshot_id = ?) n
          WHERE o.snapshot_id <> ? AND NOT o.superseded AND o.date BETWEEN n.lo AND n.hi`,
    params: [snapshotId, snapshotId],
  });
  if (overlap === 0) return 0;
  const [{ Count: replaced } = { Count: 0 }] = await db.query<{ Count: number }>({
    sql: `UPDATE app_rankings o SET superseded = true
          FROM (SELECT ${KEY.join(', ')} FROM app_rankings WHERE snapshot_id = ?) n
          WHERE o.snapshot_id <> ? AND NOT o.superseded AND ${same('o', 'n')}`,
    params: [snapshotId, snapshotId],
  });
  return replaced;
}

/**
 * Before a snapshot's rankings leave the table: notes the keys it shows now, so that
 * `restoreOlder` can bring back the newest remaining row of each once it is gone.
 */
export async function noteShownKeys(db: Database, snapshotId: number): Promise<void> {
  await db.query({
    sql: `CREATE OR REPLACE TEMP TABLE dw_keys_shown AS
          SELECT ${KEY.join(', ')} FROM app_rankings WHERE snapshot_id = ? AND NOT superseded`,
    params: [snapshotId],
  });
}

export async function restoreOlder(db: Database): Promise<void> {
  await db.exec(`
    UPDATE app_rankings a SET superseded = false
    FROM (SELECT x.rowid AS rid FROM app_rankings x SEMI JOIN dw_keys_shown k ON ${same('x', 'k')}
          QUALIFY ${NEWEST_FIRST} = 1) w
    WHERE a.rowid = w.rid;
    DROP TABLE dw_keys_shown;`);
}

/** Marks again which rankings are superseded, after statements changed the table by hand. */
export async function markSupersededAgain(db: Database): Promise<void> {
  await db.exec(`
    UPDATE app_rankings a SET superseded = w.older
    FROM (SELECT rowid AS rid, ${NEWEST_FIRST} > 1 AS older FROM app_rankings) w
    WHERE a.rowid = w.rid AND a.superseded IS DISTINCT FROM w.older;`);
}
