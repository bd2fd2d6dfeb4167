import type { Database } from '../db/database';
import type { Inspection } from './inspectFile';
import { mapHeader } from './mapping/mapHeader';
import { dateOrderEvidence, decideDateOrder } from './pipeline/decideDateOrder';
import type { FileKind } from './types';

/**
 * An inspection seen as another kind than the one detected: its columns mapped for that kind,
 * and the order of day and month decided again from the column that is now the date.
 */
export async function inspectAs(
  db: Database,
  inspection: Inspection,
  kind: FileKind,
): Promise<Inspection> {
  if (kind === inspection.kind) return inspection;
  const { mapping, unknown, notes } = mapHeader(inspection.header, kind, inspection.preview);
  const date = mapping.find((m) => m.field === 'date' || m.field === 'observed_at');
  // Another kind reads the records as text: the typed read of a canonical ranking file is no use.
  if (!inspection.duplicateOf) await inspection.ensureStaged();
  const dateEvidence =
    date && !inspection.duplicateOf
      ? await dateOrderEvidence(db, inspection.staging, date.index + 1)
      : null;
  const dateOrder = dateEvidence ? decideDateOrder(dateEvidence, undefined) : { order: null };
  return {
    ...inspection,
    kind,
    mapping,
    unknown,
    notes,
    dateOrder,
    dateEvidence,
    reason: '',
    typed: null,
  };
}
