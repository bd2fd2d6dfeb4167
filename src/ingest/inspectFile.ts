import type { Database } from '../db/database';
import { contentHash } from './contentHash';
import { IngestError } from './ingestError';
import { detectKind } from './mapping/mapHeader';
import { cleanUp } from './pipeline/cleanUp';
import {
  dateOrderEvidence,
  decideDateOrder,
  type DateOrderDecision,
  type DateOrderEvidence,
} from './pipeline/decideDateOrder';
import { prepareFile } from './pipeline/prepareFile';
import { stage } from './pipeline/stage';
import { readTyped, typedReadable, typedTables } from './pipeline/typedRankings';
import { sniffCsv } from './sniff/sniffCsv';
import { ensureNormalisers } from './sql/normaliserSql';
import type { ColumnMapping, FileKind } from './types';

/** A file read and staged, not yet checked or loaded: what the preview shows. */
export interface Inspection {
  readonly name: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly header: readonly string[];
  /** The first data rows as written. */
  readonly preview: readonly (readonly string[])[];
  readonly kind: FileKind | null;
  readonly mapping: readonly ColumnMapping[];
  readonly unknown: readonly string[];
  /** Why a column that looked like a field was read otherwise or left out. */
  readonly notes: readonly string[];
  /** Why no kind was detected, when none was. */
  readonly reason: string;
  readonly hash: string;
  /** The snapshot that already holds this exact content, if one does. */
  readonly duplicateOf: { readonly id: number; readonly fileName: string } | null;
  /** Data records, the header excluded. */
  readonly rowsRead: number;
  /** The order of day and month the dates' values show, or why the user must choose it. */
  readonly dateOrder: DateOrderDecision;
  /** What `dateOrder` was decided from, for the load to decide again with the user's choice. */
  readonly dateEvidence: DateOrderEvidence | null;
  readonly content: Blob;
  readonly staging: string;
  /**
   * The records read typed in one pass (a canonical ranking file that read cleanly), or null:
   * then the records are staged as text instead.
   */
  readonly typed: string | null;
  /** Stages the records as text, where a typed read was made instead and will not do. */
  ensureStaged(): Promise<void>;
  readonly fields: number;
  /** Drops the staged copy; a load does it itself. */
  discard(): Promise<void>;
}

let inspections = 0;

/** Reads a file's head, detects its kind and stages all its records, loading nothing yet. */
export async function inspectFile(db: Database, name: string, file: Blob): Promise<Inspection> {
  await ensureNormalisers(db);
  const prepared = await prepareFile(name, file);
  const sniff = sniffCsv(prepared.head, { complete: prepared.complete });
  if (sniff.header.length === 0 || sniff.header.every((cell) => cell === '')) {
    throw new IngestError('The file has no header row.');
  }
  const detected = detectKind(sniff.header, sniff.rows);
  const id = ++inspections;
  const registered = `inspect-${id}.csv`;
  const staging = `inspect_staging_${id}`;
  const typedName = `inspect_typed_${id}`;
  const discard = () => cleanUp(db, registered, [staging, ...typedTables(typedName)]);
  let rowsRead = 0;
  let typed: string | null = null;
  let staged = false;
  let dateOrder: DateOrderDecision = { order: null };
  let dateEvidence: DateOrderEvidence | null = null;
  const stageAll = async () => {
    const records = (await stage(db, registered, staging, sniff.delimiter, sniff.header.length))
      .records;
    staged = true;
    return records - 1;
  };

  // A canonical ranking file is read typed while it is hashed: both read the whole file, and
  // they run on different threads. A copy of a loaded file then only throws the read away.
  const canonical = typedReadable(
    detected.kind,
    detected.mapping,
    sniff.delimiter,
    prepared.encoding,
  );
  let previous: { id: number; fileName: string } | undefined;
  try {
    await db.registerFile(registered, prepared.content);
    const [hash, read] = await Promise.all([
      prepared.content.arrayBuffer().then((bytes) => contentHash(new Uint8Array(bytes))),
      // A typed read that fails outright is no worse than one with unreadable records.
      canonical ? readTyped(db, registered, typedName, detected.mapping).catch(() => null) : null,
    ]);
    [previous] = await db.query<{ id: number; fileName: string }>({
      sql: 'SELECT id, file_name AS fileName FROM snapshots WHERE content_hash = ?',
      params: [hash],
    });
    if (previous) {
      await discard();
    } else {
      if (read && read.unreadable === 0 && read.records > 0) {
        typed = typedName;
        rowsRead = read.records;
      } else {
        if (canonical) await cleanUp(db, '', typedTables(typedName));
        rowsRead = await stageAll();
        // Like an empty file: loading it would only add a snapshot of nothing.
        if (rowsRead === 0) {
          throw new IngestError(
            'The file has a header row but no data rows: there is nothing to load.',
          );
        }
        const date = detected.mapping.find((m) => m.field === 'date' || m.field === 'observed_at');
        if (date) {
          dateEvidence = await dateOrderEvidence(db, staging, date.index + 1);
          dateOrder = decideDateOrder(dateEvidence, undefined);
        }
      }
    }
    return inspection(hash);
  } catch (error) {
    await discard();
    throw error;
  }

  function inspection(hash: string): Inspection {
    return {
      name,
      encoding: prepared.encoding,
      delimiter: sniff.delimiter,
      header: sniff.header,
      preview: sniff.rows,
      kind: detected.kind,
      mapping: detected.mapping,
      unknown: detected.unknown,
      notes: detected.notes,
      reason: detected.reason,
      hash,
      duplicateOf: previous ?? null,
      rowsRead,
      dateOrder,
      dateEvidence,
      content: prepared.content,
      staging,
      typed,
      async ensureStaged() {
        if (!staged) await stageAll();
      },
      fields: sniff.header.length,
      discard,
    };
  }
}
