import type { Database } from '../../db/database';
import { recordLines, streamChunks } from '../lines/recordLines';
import type { ColumnMapping, RejectedRow } from '../types';

interface ProblemRow {
  rn: number;
  problem: { field: string | null; value: string | null; reason: string };
  app: string | null;
}

export interface Rejects {
  readonly rejects: RejectedRow[];
  readonly warning: string | null;
}

/**
 * The refused records with the line each starts on and the header of the offending column.
 * Line numbers come from a scan of the file (only when something was refused): DuckDB counts
 * records, and a quoted field may span lines.
 */
export interface RejectsSource {
  /** The temporary table of checked records. */
  readonly checked: string;
  readonly content: Blob;
  readonly delimiter: string;
  readonly mapping: readonly ColumnMapping[];
  /** Records DuckDB read, the header included. */
  readonly records: number;
  readonly wide: boolean;
}

export async function readRejects(db: Database, source: RejectsSource): Promise<Rejects> {
  const { checked, content, delimiter, mapping, records: stagedRecords, wide } = source;
  const rows = await db.query<ProblemRow>(
    `SELECT rn, arg_min(problem, r_order) AS problem, arg_min(r_app, r_order) AS app
     FROM (SELECT rn, problem, ${wide ? 'v_app' : 'NULL::VARCHAR'} AS r_app, row_number() OVER () AS r_order
           FROM ${checked} WHERE problem IS NOT NULL)
     GROUP BY rn ORDER BY rn`,
  );
  if (rows.length === 0) return { rejects: [], warning: null };
  const { lines, records } = await recordLines(
    streamChunks(content.stream()),
    rows.map((r) => r.rn),
    { delimiter },
  );
  const headerOf = (field: string | null, app: string | null): string | null => {
    if (field === null) return null;
    const cell = wide && (field === 'rank' || field === 'downloads');
    const match = mapping.find((m) => (cell ? m.field === `app:${app}` : m.field === field));
    return match?.header ?? field;
  };
  const rejects = rows.map(({ rn, problem, app }) => ({
    line: lines.get(rn) ?? rn,
    column: headerOf(problem.field, app),
    value: problem.value,
    reason: problem.reason,
  }));
  const warning =
    records === stagedRecords
      ? null
      : `Line numbers may be off: the file has ${records} records by our count and ${stagedRecords} by the database's.`;
  return { rejects, warning };
}
