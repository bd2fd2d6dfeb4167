import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t' | '|';
export type LineEnding = '\r\n' | '\n' | '\r';

/** The delimiters Driftwatch reads, in the order that breaks a tie between them. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export interface SniffOptions {
  /** How many data rows to return (default 20). */
  readonly previewRows?: number;
  /**
   * The text is the whole file, so a last line without a line break is a whole record. Otherwise
   * the text is a head cut anywhere, and its last record is left out unless it visibly ended.
   */
  readonly complete?: boolean;
}

export interface SniffResult {
  readonly delimiter: Delimiter;
  /** The header cells, trimmed, without a BOM. */
  readonly header: string[];
  /** The first data rows, cells as written. */
  readonly rows: string[][];
  readonly lineEnding: LineEnding;
  /** What PapaParse found odd in the previewed records, for the preview. */
  readonly errors: string[];
}

const DEFAULT_PREVIEW_ROWS = 20;

interface Candidate {
  readonly delimiter: Delimiter;
  readonly records: string[][];
  readonly errors: readonly Papa.ParseError[];
  /** Share of the records with the most common field count other than 1. */
  readonly consistency: number;
}

/**
 * Reads the head of a CSV file: its delimiter, line ending, header and first rows. PapaParse's own
 * delimiter guess fails on one-column files and on headers with quoted delimiters, so every
 * delimiter is tried and the one that gives the most consistent number of fields (more than one)
 * wins; ties go to the earlier of `, ; \t |`.
 */
export function sniffCsv(headText: string, options: SniffOptions = {}): SniffResult {
  const text = headText.startsWith('\uFEFF') ? headText.slice(1) : headText;
  const requested = options.previewRows ?? DEFAULT_PREVIEW_ROWS;
  const previewRows = Number.isFinite(requested) ? Math.max(0, Math.floor(requested)) : 0;
  const lineEnding = detectLineEnding(text);
  const candidates = DELIMITERS.map((delimiter) =>
    readCandidate(text, delimiter, lineEnding, previewRows + 1, options.complete ?? false),
  );
  const best = candidates.reduce((a, b) => (b.consistency > a.consistency ? b : a));
  const [header = [], ...rows] = best.records;
  return {
    delimiter: best.delimiter,
    header: header.map((cell) => cell.replace(/^\uFEFF/, '').trim()),
    rows: rows.slice(0, previewRows),
    lineEnding,
    errors: best.errors.map(
      (e) => `${e.row === undefined ? 'Preview' : `Record ${e.row + 1}`}: ${e.message}`,
    ),
  };
}

/**
 * The most frequent of CRLF, LF and lone CR. A vote, not the first break, so a newline inside a
 * quoted header cell does not decide it; ties go to CRLF, then LF.
 */
export function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 0x0a) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

function readCandidate(
  text: string,
  delimiter: Delimiter,
  newline: LineEnding,
  wanted: number,
  complete: boolean,
): Candidate {
  const { records, errors } = parseRecords(text, delimiter, newline, wanted, complete);
  return { delimiter, records, errors, consistency: consistency(records) };
}

function parseRecords(
  text: string,
  delimiter: Delimiter,
  newline: LineEnding,
  wanted: number,
  complete: boolean,
): { records: string[][]; errors: Papa.ParseError[] } {
  // PapaParse counts skipped empty lines against `preview`: ask for more until enough arrive.
  for (let preview = wanted + 8; ; preview *= 4) {
    const result = Papa.parse<string[]>(text, {
      delimiter,
      newline,
      quoteChar: '"',
      escapeChar: '"',
      preview,
      skipEmptyLines: 'greedy',
    });
    const reachedEnd = !result.meta.truncated;
    if (result.data.length < wanted && !reachedEnd) continue;
    let records = result.data;
    let errors = result.errors;
    const unterminated = errors.some((e) => e.code === 'MissingQuotes');
    const lastLineOpen = !/[\r\n]$/.test(text);
    // A head cut mid-record: its last record is incomplete (never drop the header, though).
    if (reachedEnd && !complete && records.length > 1 && (unterminated || lastLineOpen)) {
      records = records.slice(0, -1);
      errors = errors.filter((e) => e.code !== 'MissingQuotes' && (e.row ?? 0) < records.length);
    }
    return {
      records: records.slice(0, wanted),
      errors: errors.filter((e) => (e.row ?? 0) < wanted),
    };
  }
}

function consistency(records: readonly string[][]): number {
  if (records.length === 0) return 0;
  const frequency = new Map<number, number>();
  for (const record of records) {
    if (record.length > 1) frequency.set(record.length, (frequency.get(record.length) ?? 0) + 1);
  }
  const most = Math.max(0, ...frequency.values());
  return most / records.length;
}
