import type { Database } from '../../db/database';
import type { Inspection } from '../inspectFile';
import { commitSnapshot, type Committed } from './commitSnapshot';
import { KIND_PLANS } from './kindPlans';

/**
 * Commits a typed read that every rule accepts, through the same commit as the general path:
 * a view gives its columns the names of checked records, with no problem on any, and numbers
 * them as staging does (the header is record 1).
 */
export async function commitTyped(
  db: Database,
  inspection: Inspection,
  checked: string,
  columns: readonly string[],
  snapshot: { readonly source: string; readonly bundled: boolean },
): Promise<Committed> {
  const values = KIND_PLANS.app_rankings.map(({ column }) =>
    columns.includes(column) ? `${column} AS v_${column}` : `NULL::VARCHAR AS v_${column}`,
  );
  const view = `${checked}_typed`;
  await db.exec(`CREATE OR REPLACE TEMP VIEW ${view} AS
    SELECT rowid + 2 AS rn, ${values.join(', ')}, NULL AS problem FROM ${inspection.typed}`);
  try {
    return await commitSnapshot(db, {
      table: 'app_rankings',
      checked: view,
      fileName: inspection.name,
      hash: inspection.hash,
      ...snapshot,
      rowsRead: inspection.rowsRead,
      rejected: 0,
    });
  } finally {
    await db.exec(`DROP VIEW IF EXISTS ${view}`);
  }
}
