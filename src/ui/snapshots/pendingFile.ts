import type { Inspection } from '../../ingest/inspectFile';
import type { LoadOptions } from '../../ingest/loadInspection';

/** A file inspected and waiting in the preview, with the choices made for it so far. */
export interface PendingFile {
  readonly file: File;
  readonly inspection: Inspection;
  readonly options: Pick<LoadOptions, 'kind' | 'dateOrder' | 'values' | 'wideValues' | 'source'>;
}
