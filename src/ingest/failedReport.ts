import type { IngestReport } from './types';

/** The report of a file that could not be used at all: nothing read, nothing loaded. */
export function failedReport(file: string, error: string): IngestReport {
  return {
    file,
    kind: null,
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
    rejects: [],
    warnings: [],
    error,
  };
}
