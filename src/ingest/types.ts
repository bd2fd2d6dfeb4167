import type { DataTable } from '../db/schema';

/** What a file holds, detected from its header (or chosen by the user). */
export type FileKind = DataTable | 'app_rankings_wide';

/** The order of day and month in dates like 03/04/2025, when a file's values cannot decide it. */
export type DateOrder = 'mdy' | 'dmy';

/** The canonical field a header cell maps to. Wide files map app columns with `app:<id>`. */
export type CanonicalField =
  | 'date'
  | 'app'
  | 'store'
  | 'country'
  | 'chart'
  | 'category'
  | 'rank'
  | 'downloads'
  | 'observed_at'
  | 'platform'
  | 'hashtag'
  | 'views'
  | 'posts'
  | 'label'
  | 'kind'
  | 'source';

export interface ColumnMapping {
  /** The header cell as written in the file (BOM and surrounding spaces removed). */
  readonly header: string;
  /** 0-based position in the file. */
  readonly index: number;
  /** The canonical field, `app:<id>` for a wide file's app column, or null for an unknown column. */
  readonly field: CanonicalField | `app:${string}` | null;
}

export interface RejectedRow {
  /** 1-based line number in the file where the rejected record starts. */
  readonly line: number;
  /** The header of the offending column as written in the file, or null for the whole row. */
  readonly column: string | null;
  /** The offending value as written (null when the field is missing). */
  readonly value: string | null;
  readonly reason: string;
}

/** What a load did, or would do, with one file. The CLI prints this as JSON. */
export interface IngestReport {
  readonly file: string;
  readonly kind: FileKind | null;
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly rejects: readonly RejectedRow[];
  readonly warnings: readonly string[];
  /** Null, or why the file could not be used at all (then nothing was loaded). */
  readonly error: string | null;
}
