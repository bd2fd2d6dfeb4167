import type { Inspection } from '../../ingest/inspectFile';
import type { LoadOptions } from '../../ingest/loadInspection';
import type { FileKind } from '../../ingest/types';

/** A file inspected and waiting in the preview, with the choices made for it so far. */
export interface PendingFile {
  readonly file: File;
  /** The inspection seen as the chosen kind (the detected one until the user picks another). */
  readonly inspection: Inspection;
  readonly detectedKind: FileKind | null;
  readonly options: Pick<LoadOptions, 'kind' | 'dateOrder' | 'values' | 'wideValues' | 'source'>;
}
