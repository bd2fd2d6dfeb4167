import Papa from 'papaparse';
import type { RejectedRow } from '../ingest/types';

/**
 * The refused rows of a load as CSV. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) are escaped with a leading apostrophe.
 */
export function rejectsCsv(file: string, rejects: readonly RejectedRow[]): string {
  return Papa.unparse(
    {
      fields: ['file', 'line', 'column', 'value', 'reason'],
      data: rejects.map((r) => [file, r.line, r.column ?? '', r.value ?? '', r.reason]),
    },
    { escapeFormulae: true, newline: '\n' },
  );
}
