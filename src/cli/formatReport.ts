import type { IngestReport } from '../ingest/types';

const n = (value: number) => value.toLocaleString('en-US');

/** A report as a person reads it in a terminal. */
export function formatReport(report: IngestReport): string {
  if (report.error) return `${report.file}: cannot be loaded: ${report.error}`;
  const lines = [
    `${report.file}: ${report.kind}, ${n(report.rowsRead)} rows read, ${n(report.accepted)} accepted, ${n(report.rejected)} rejected`,
  ];
  for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
  for (const reject of report.rejects) {
    const column = reject.column === null ? '' : `, column "${reject.column}"`;
    const value = reject.value === null ? '' : ` ${JSON.stringify(reject.value)}`;
    lines.push(`  line ${reject.line}${column}:${value} ${reject.reason}`);
  }
  return lines.join('\n');
}
