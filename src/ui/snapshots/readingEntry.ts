export { ingestFile } from '../../ingest/ingestFile';
export { inspectAs } from '../../ingest/inspectAs';
export { inspectFile } from '../../ingest/inspectFile';
export { loadInspection } from '../../ingest/loadInspection';
