import type { Database } from '../db/database';
import type { DataTable } from '../db/schema';
import type { Inspection } from './inspectFile';
import { IngestError } from './ingestError';
import { failedReport } from './failedReport';
import { plural } from './plural';
import { mapHeader } from './mapping/mapHeader';
import { afterTomorrowSql } from './pipeline/afterTomorrow';
import { checkSql, stagedRecords } from './pipeline/checkSql';
import { cleanUp } from './pipeline/cleanUp';
import { commitSnapshot, type Committed } from './pipeline/commitSnapshot';
import { commitTyped } from './pipeline/commitTyped';
import { typedAcceptsAll } from './pipeline/typedChecks';
import { dateOrderEvidence, decideDateOrder } from './pipeline/decideDateOrder';
import { fieldRules } from './pipeline/fieldRules';
import { planFields, type FieldValues } from './pipeline/planFields';
import { readRejects } from './pipeline/readRejects';
import { widePlan } from './pipeline/widePlan';
import type { DateOrder, FileKind, IngestReport, RejectedRow } from './types';

export interface LoadOptions {
  /** Overrides the kind detected from the header. */
  readonly kind?: FileKind;
  /** Needed when a file's numeric dates could be either. */
  readonly dateOrder?: DateOrder;
  /** Values for fields the file has no column for (store, country, chart, category, platform). */
  readonly values?: FieldValues;
  /** What the cells of a wide file hold. Default: ranks. */
  readonly wideValues?: 'rank' | 'downloads';
  /** The snapshot's source, for rows without a source of their own. */
  readonly source?: string;
  readonly bundled?: boolean;
  /** "Today" for the no-future-dates rule (UTC). */
  readonly today?: Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (fraction: number, step: string) => void;
}

export interface Loaded {
  readonly report: IngestReport;
  /** The snapshot created, or null when nothing was loaded. */
  readonly snapshotId: number | null;
  readonly replaced: number;
}

/** The report of a committed load, with what the commit found said in its warnings. */
function loaded(
  inspection: Inspection,
  kind: FileKind,
  committed: Committed,
  warnings: string[],
  rejects: RejectedRow[],
  progress: (fraction: number, step: string) => void,
): Loaded {
  if (committed.repeated > 0) {
    warnings.push(
      `${plural(committed.repeated, 'row repeats', 'rows repeat')} the key of a later row in the file: the last of each was kept.`,
    );
  }
  if (committed.replaced > 0) {
    warnings.push(
      `${plural(committed.replaced, 'row replaces a row', 'rows replace rows')} of earlier snapshots with the same key.`,
    );
  }
  progress(1, 'Loaded');
  const { rowsRead } = inspection;
  const report: IngestReport = {
    file: inspection.name,
    kind,
    rowsRead,
    accepted: rowsRead - rejects.length,
    rejected: rejects.length,
    rejects,
    warnings,
    error: null,
  };
  return { report, snapshotId: committed.id, replaced: committed.replaced };
}

/**
 * Checks every staged record and loads the accepted ones in one transaction. Each record is
 * accepted or listed as refused with its line, column, value and reason.
 */
export async function loadInspection(
  db: Database,
  inspection: Inspection,
  options: LoadOptions = {},
): Promise<Loaded> {
  const progress = options.onProgress ?? (() => {});
  const checked = `${inspection.staging}_checked`;
  const { staging, fields, rowsRead } = inspection;
  try {
    if (inspection.duplicateOf) {
      const { id, fileName } = inspection.duplicateOf;
      const note = `Already loaded as snapshot ${id} (${fileName}): nothing changed.`;
      return {
        report: {
          ...failedReport(inspection.name, ''),
          kind: inspection.kind,
          error: null,
          warnings: [note],
        },
        snapshotId: null,
        replaced: 0,
      };
    }
    const kind = options.kind ?? inspection.kind;
    if (!kind) throw new IngestError(`No recognisable header: ${inspection.reason}`);
    const table: DataTable = kind === 'app_rankings_wide' ? 'app_rankings' : kind;
    const mapped =
      options.kind && options.kind !== inspection.kind
        ? mapHeader(inspection.header, options.kind, inspection.preview)
        : inspection;
    const warnings = [
      ...mapped.notes,
      ...mapped.unknown
        .filter((header) => !mapped.notes.some((note) => note.includes(`"${header}"`)))
        .map((header) => `Column "${header}" is not one Driftwatch reads: it was left out.`),
    ];

    options.signal?.throwIfAborted();
    progress(0.4, 'Checking every row');
    const today = afterTomorrowSql(options.today ?? new Date());
    if (inspection.typed && kind === inspection.kind) {
      const rules = fieldRules({ dayFirst: 'false', afterTomorrow: today });
      const columns = inspection.mapping.map((m) => m.field as string);
      if (await typedAcceptsAll(db, inspection.typed, columns, rules)) {
        progress(0.9, 'Saving');
        const committed = await commitTyped(db, inspection, checked, columns, {
          source: options.source ?? `Unattributed: ${inspection.name}`,
          bundled: options.bundled ?? false,
        });
        return loaded(inspection, kind, committed, warnings, [], progress);
      }
    }
    await inspection.ensureStaged();
    const dateField = mapped.mapping.find((m) => m.field === 'date' || m.field === 'observed_at');
    const column = dateField ? dateField.index + 1 : null;
    const evidence =
      column === null
        ? null
        : inspection.dateEvidence?.column === column
          ? inspection.dateEvidence
          : await dateOrderEvidence(db, staging, column);
    const decision = evidence ? decideDateOrder(evidence, options.dateOrder) : { order: null };
    if ('ambiguous' in decision) throw new IngestError(decision.ambiguous);
    if (decision.warning) warnings.push(decision.warning);

    const wide = kind === 'app_rankings_wide';
    const values = options.values ?? {};
    const plan = wide
      ? widePlan(staging, fields, mapped.mapping, options.wideValues ?? 'rank', values)
      : { records: stagedRecords(staging, fields), ...planFields(table, mapped.mapping, values) };
    warnings.push(...plan.warnings);
    const rules = fieldRules({
      dayFirst: decision.order === 'dmy' ? 'true' : 'false',
      afterTomorrow: today,
    });
    await db.query(checkSql({ ...plan, target: checked, fields, rules }));

    options.signal?.throwIfAborted();
    progress(0.7, 'Listing the refused rows');
    const { rejects, warning } = await readRejects(db, {
      checked,
      content: inspection.content,
      delimiter: inspection.delimiter,
      mapping: mapped.mapping,
      records: rowsRead + 1,
      wide,
    });
    if (warning) warnings.push(warning);

    options.signal?.throwIfAborted();
    progress(0.9, 'Saving');
    const committed = await commitSnapshot(db, {
      table,
      checked,
      fileName: inspection.name,
      hash: inspection.hash,
      source: options.source ?? `Unattributed: ${inspection.name}`,
      bundled: options.bundled ?? false,
      rowsRead,
      rejected: rejects.length,
    });
    return loaded(inspection, kind, committed, warnings, rejects, progress);
  } finally {
    await cleanUp(db, '', [checked]);
    await inspection.discard();
  }
}
