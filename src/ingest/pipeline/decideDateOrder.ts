import { plural } from '../plural';
import type { Database } from '../../db/database';
import type { DateOrder } from '../types';

export type DateOrderDecision =
  { readonly order: DateOrder | null; readonly warning?: string } | { readonly ambiguous: string };

/** How a column's numeric dates read: how many values only one order of day and month allows. */
export interface DateOrderEvidence {
  /** The staged column (c1, c2, ...) it was read from. */
  readonly column: number;
  readonly dmy: number;
  readonly mdy: number;
  /** Values either order reads, such as 03/04/2025, and one of them. */
  readonly either: number;
  readonly example: string;
}

/** Reads every value of a staged column once; inspection and load share the answer. */
export async function dateOrderEvidence(
  db: Database,
  staging: string,
  column: number,
): Promise<DateOrderEvidence> {
  const rows = await db.query<{ evidence: string | null; n: number; example: string }>(
    `SELECT dw_date_order_evidence(c${column}) AS evidence, count(*) AS n,
            min(trim(c${column})) AS example
     FROM ${staging} WHERE rn > 1 GROUP BY 1`,
  );
  const count = (e: string) => rows.find((r) => r.evidence === e)?.n ?? 0;
  return {
    column,
    dmy: count('dmy'),
    mdy: count('mdy'),
    either: count('either'),
    example: rows.find((r) => r.evidence === 'either')?.example ?? '',
  };
}

/**
 * Decides whether numeric dates like 03/04/2025 are day-first or month-first from all of a
 * column's values: one value with a first part over 12 settles it. When none does, the user's
 * choice is needed; a file never gets a silent guess.
 */
export function decideDateOrder(
  evidence: DateOrderEvidence,
  chosen: DateOrder | undefined,
): DateOrderDecision {
  const { dmy, mdy, either, example } = evidence;
  if (chosen) {
    const against = chosen === 'dmy' ? mdy : dmy;
    return against > 0
      ? {
          order: chosen,
          warning: `${plural(against, 'date', 'dates')} cannot be ${chosen === 'dmy' ? 'day' : 'month'}-first as chosen: ${against === 1 ? 'it is' : 'they are'} refused.`,
        }
      : { order: chosen };
  }
  if (dmy > 0 && mdy > 0) {
    return {
      ambiguous: `The dates mix day-first (${dmy} values) and month-first (${mdy} values) forms: choose the order of day and month.`,
    };
  }
  if (dmy > 0) return { order: 'dmy' };
  if (mdy > 0) return { order: 'mdy' };
  if (either > 0) {
    return {
      ambiguous: `Dates such as ${example} could be day-first or month-first, and no value in the file decides it: choose the order of day and month.`,
    };
  }
  return { order: null };
}
