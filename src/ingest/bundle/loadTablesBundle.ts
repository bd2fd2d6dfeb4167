import type { Database } from '../../db/database';
import { BUNDLED_TABLES } from './bundledTables';
import { decodeTablesBundle } from './tablesBundle';

/**
 * Fills the empty tables from a bundle made by `buildTablesBundle`, all or nothing. The snapshots
 * count as loaded now, and the ids of snapshots loaded later follow theirs. Returns the rows of
 * data the bundled snapshots hold.
 */
export async function loadTablesBundle(db: Database, bytes: Uint8Array): Promise<number> {
  const tables = decodeTablesBundle(bytes);
  const names = tables.map((t) => t.name).join(', ');
  if (names !== BUNDLED_TABLES.join(', '))
    throw new Error(
      `The bundled tables cannot be read: they are ${names}, not ${BUNDLED_TABLES.join(', ')}.`,
    );
  const [held] = await db.query<{ n: number }>('SELECT count(*) AS n FROM snapshots');
  if (held?.n) throw new Error('The bundled tables load only into empty tables.');
  await db.exec('BEGIN TRANSACTION');
  try {
    for (const { name, stream } of tables) {
      const staging = `dw_bundled_${name}`;
      await db.createTableFromArrow(staging, stream);
      const columns =
        name === 'snapshots' ? '* REPLACE (current_timestamp::TIMESTAMP AS loaded_at)' : '*';
      await db.exec(`INSERT INTO ${name} BY NAME SELECT ${columns} FROM ${staging};
DROP TABLE ${staging};`);
    }
    const [last] = await db.query<{ id: number | null; rows: number | null }>(
      'SELECT max(id) AS id, CAST(sum(accepted) AS BIGINT) AS rows FROM snapshots',
    );
    // The sequence is new (the tables were empty): step it past the bundled ids.
    if (last?.id)
      await db.query({
        sql: "SELECT max(nextval('snapshot_ids')) FROM range(CAST(? AS BIGINT))",
        params: [last.id],
      });
    await db.exec('COMMIT');
    return last?.rows ?? 0;
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}
