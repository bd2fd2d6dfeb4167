/** The text encodings Driftwatch reads: UTF-8 (with or without BOM) and Excel's "Unicode text". */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How many bytes of the head the byte-share tests look at. */
const SAMPLE_BYTES = 4096;
/** How far into a ZIP archive to look for the names of an Office file's parts. */
const ZIP_NAMES_BYTES = 65536;
/** A UTF-16 file of mostly ASCII text has a NUL in every other byte: half of that is plenty. */
const UTF16_NUL_SHARE = 0.25;
/** Text has almost no control characters besides tab, CR and LF; binary data has many. */
const CONTROL_SHARE = 0.1;

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return 'utf-8';
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  // ASCII in UTF-16LE is "a\0b\0": the NULs sit at odd offsets; in UTF-16BE, at even ones.
  if (oddNuls / pairs >= UTF16_NUL_SHARE && oddNuls > 2 * evenNuls) return 'utf-16le';
  if (evenNuls / pairs >= UTF16_NUL_SHARE && evenNuls > 2 * oddNuls) return 'utf-16be';
  return 'utf-8';
}

interface Signature {
  readonly bytes: readonly number[];
  readonly message: string;
}

const NOT_CSV = 'not a CSV file';

const SIGNATURES: readonly Signature[] = [
  {
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    message: `This is a PNG image, ${NOT_CSV}`,
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: `This is a PDF document, ${NOT_CSV}` },
  { bytes: [0x1f, 0x8b], message: `This is a gzip archive, ${NOT_CSV}: unpack it first` },
  { bytes: [0x50, 0x41, 0x52, 0x31], message: `This is a Parquet file, ${NOT_CSV}` },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: `This is an old Excel workbook (.xls), ${NOT_CSV}: save it as CSV (UTF-8) first`,
  },
  { bytes: [0xff, 0xd8, 0xff], message: `This is a JPEG image, ${NOT_CSV}` },
];

const EXCEL_MESSAGE = 'This is an Excel workbook, not a CSV file: save it as CSV (UTF-8) first';
const ODS_MESSAGE = `This is an OpenDocument spreadsheet, ${NOT_CSV}: save it as CSV (UTF-8) first`;
const ZIP_MESSAGE = `This is a ZIP archive, ${NOT_CSV}: unpack it first`;
const BINARY_MESSAGE = `This file holds binary data, ${NOT_CSV}`;

/**
 * Why these bytes (the head of a file) cannot be CSV text, as a message for the person who
 * chose the file; null when they look like text.
 */
export function binaryReason(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipReason(bytes);
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return signature.message;

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (encoding === 'utf-8') {
    if (sample.includes(0)) return BINARY_MESSAGE;
    return controlShare(sample) > CONTROL_SHARE ? BINARY_MESSAGE : null;
  }
  const text = decodeHead(sample, encoding);
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  return units.includes(0) || controlShare(units) > CONTROL_SHARE ? BINARY_MESSAGE : null;
}

/** Office files are ZIP archives whose first entries name their parts (`xl/workbook.xml`, ...). */
function zipReason(bytes: Uint8Array): string {
  const names = String.fromCharCode(...bytes.subarray(0, ZIP_NAMES_BYTES));
  if (names.includes('xl/')) return EXCEL_MESSAGE;
  if (names.includes('opendocument.spreadsheet')) return ODS_MESSAGE;
  return ZIP_MESSAGE;
}

export function looksBinary(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  return binaryReason(bytes, encoding) !== null;
}

/**
 * The head of a file as text, without its BOM. A character cut at the end of the head is left out
 * rather than decoded as U+FFFD; invalid bytes elsewhere become U+FFFD, as a browser would show.
 */
export function decodeHead(bytes: Uint8Array, encoding: TextEncodingName): string {
  // `stream: true` holds back an incomplete last character instead of replacing it.
  const text = new TextDecoder(encoding).decode(bytes, { stream: true });
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function controlShare(units: ArrayLike<number>): number {
  if (units.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as number;
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f) {
      controls++;
    }
  }
  return controls / units.length;
}
