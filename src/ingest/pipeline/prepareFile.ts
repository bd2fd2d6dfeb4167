import { IngestError } from '../ingestError';
import { binaryReason, decodeHead, detectEncoding } from '../sniff/decodeHead';

const HEAD_BYTES = 64 * 1024;
/** duckdb-wasm addresses at most 4 GiB; the staging copy of a file needs room beside it. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;

export interface PreparedFile {
  readonly name: string;
  /** The file as UTF-8 (UTF-16 files are transcoded; others are passed through untouched). */
  readonly content: Blob;
  readonly encoding: string;
  /** The decoded first bytes, for sniffing. */
  readonly head: string;
  /** Whether `head` is the whole file (so its last record is complete). */
  readonly complete: boolean;
}

/** Refuses what is not a usable text file and hands on the rest as UTF-8. */
export async function prepareFile(name: string, file: Blob): Promise<PreparedFile> {
  if (file.size === 0) throw new IngestError('The file is empty.');
  if (file.size > MAX_FILE_BYTES) {
    const gib = (file.size / 1024 ** 3).toFixed(1);
    throw new IngestError(
      `The file is ${gib} GiB: larger than this browser can hold (2 GiB at most). Split it by date and load the parts.`,
    );
  }
  const headBytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const encoding = detectEncoding(headBytes);
  const binary = binaryReason(headBytes, encoding);
  if (binary) throw new IngestError(binary);
  if (encoding === 'utf-8') {
    const head = decodeHead(headBytes, encoding);
    return { name, content: file, encoding, head, complete: file.size <= HEAD_BYTES };
  }
  // DuckDB reads UTF-8; a UTF-16 export (Excel's "Unicode text") is transcoded once.
  const text = new TextDecoder(encoding).decode(await file.arrayBuffer());
  const content = new Blob([text.startsWith('\uFEFF') ? text.slice(1) : text]);
  const head = text.slice(0, HEAD_BYTES).replace(/^\uFEFF/, '');
  return { name, content, encoding, head, complete: text.length <= HEAD_BYTES };
}
