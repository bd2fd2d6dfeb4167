import type { Database } from '../../db/database';

/** Stands for SQL NULL in staging: only fields missing from a short record become NULL. */
const NULL_MARK = '\u0001\u0002dw-null\u0002\u0001';

export interface Staged {
  readonly table: string;
  /** Records read, the header included. */
  readonly records: number;
  /** Fields per record, as the header has them; `c{fields + 1}` catches surplus fields. */
  readonly fields: number;
}

/**
 * Reads every record of a registered file as text into a temporary table, in file order, with
 * its ordinal `rn` (1 = the header). Nothing is dropped: a short record is padded with NULLs, a
 * long one fills the extra column, so the validation can name both. An empty field is ''.
 */
export async function stage(
  db: Database,
  registered: string,
  table: string,
  delimiter: string,
  fields: number,
): Promise<Staged> {
  const columns = Array.from({ length: fields + 1 }, (_, i) => `'c${i + 1}': 'VARCHAR'`);
  await db.query({
    sql: `CREATE OR REPLACE TEMP TABLE ${table} AS
          SELECT row_number() OVER () AS rn, *
          FROM read_csv(?, header = false, auto_detect = false, parallel = false,
                        null_padding = true, strict_mode = false, delim = ?, quote = '"',
                        escape = '"', nullstr = ?, columns = {${columns.join(', ')}})`,
    params: [registered, delimiter, NULL_MARK],
  });
  const [{ records } = { records: 0 }] = await db.query<{ records: number }>(
    `SELECT count(*) AS records FROM ${table}`,
  );
  return { table, records, fields };
}
