import type { Database } from '../../db/database';
import { cleaned } from './checkSql';
import type { FieldRule } from './fieldRules';

const TEXT_FIELDS = ['app', 'store', 'country', 'chart', 'category', 'source'] as const;
const REQUIRED = ['date', 'app', 'store', 'country', 'chart', 'category'];

/**
 * Whether every record of a typed read would be accepted as it is by the general path's rules:
 * no value missing, every text already in its canonical form (checked once per distinct text),
 * every number and date within its bounds. Anything else is for the general path to refuse and
 * explain, record by record.
 */
export async function typedAcceptsAll(
  db: Database,
  table: string,
  columns: readonly string[],
  rules: Record<string, FieldRule>,
): Promise<boolean> {
  const refusals = ['rank', 'downloads', 'date'].flatMap((field) =>
    (rules[field]!.refuse ?? []).map(([condition]) => condition(field)),
  );
  // The distinct texts are gathered into a list first: given a subquery, the optimiser pushes
  // the check below the DISTINCT and runs the normalisers (regular expressions) on every row.
  const noncanonical = TEXT_FIELDS.filter((f) => columns.includes(f)).map(
    (f) => `(SELECT count(*) FROM (SELECT unnest(list(DISTINCT ${f})) AS r FROM ${table})
              WHERE (${rules[f]!.parse(cleaned('r'))}) IS DISTINCT FROM r)`,
  );
  const [row] = await db.query<{ problems: number }>(
    `SELECT (SELECT count(*) FROM ${table}
             WHERE ${REQUIRED.map((f) => `${f} IS NULL`).join(' OR ')}
                OR (rank IS NULL AND downloads IS NULL)
                OR ${refusals.map((r) => `coalesce(${r}, false)`).join(' OR ')})
            + ${noncanonical.join(' + ')} AS problems`,
  );
  return row?.problems === 0;
}
