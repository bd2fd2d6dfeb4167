import type { RejectedRow } from '../ingest/types';
import { tableCsv, type TableColumn } from './tableCsv';

const columns = (file: string): TableColumn<RejectedRow>[] => [
  { header: 'file', value: () => file },
  { header: 'line', value: (r) => String(r.line) },
  { header: 'column', value: (r) => r.column ?? '' },
  { header: 'value', value: (r) => r.value ?? '' },
  { header: 'reason', value: (r) => r.reason },
];

/** The refused rows of a load as CSV, formula-like cells escaped (see tableCsv). */
export function rejectsCsv(file: string, rejects: readonly RejectedRow[]): string {
  return tableCsv(columns(file), rejects);
}
