export type CsvValue = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: quote a field only when it holds a comma, a quote or a line break. */
export function formatCsvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? formatInteger(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header row, one line per record, LF line endings and a trailing newline. */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(formatCsvField).join(','));
  return `${lines.join('\n')}\n`;
}

function formatInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`expected an integer, got ${value}`);
  return String(value);
}
