import type { RankedDayRow } from './overview';

const DAY_MS = 86_400_000;

/** A selected app's rank on one day of the overview; NULL: not ranked. */
export interface OverviewRow {
  readonly app: string;
  readonly date: Date;
  readonly rank: number | null;
  readonly source: string | null;
}

/**
 * The overview's grid: each selected app in the order given, over every day from the first to
 * the last that any of them is ranked, with its rank or NULL. No rows when none is ranked.
 */
export function toOverviewRows(
  ranked: readonly RankedDayRow[],
  apps: readonly string[],
): OverviewRow[] {
  if (ranked.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  const byKey = new Map<string, RankedDayRow>();
  for (const row of ranked) {
    const t = row.date.getTime();
    if (t < first) first = t;
    if (t > last) last = t;
    byKey.set(`${row.app}\u0000${t}`, row);
  }
  const rows: OverviewRow[] = [];
  for (const app of new Set(apps)) {
    for (let t = first; t <= last; t += DAY_MS) {
      const row = byKey.get(`${app}\u0000${t}`);
      rows.push({ app, date: new Date(t), rank: row?.rank ?? null, source: row?.source ?? null });
    }
  }
  return rows;
}
