/**
 * Finds the physical line where a CSV record starts, counting records exactly as DuckDB's
 * `read_csv` does with `quote='"'`, `escape='"'`, `strict_mode=false`: staging rows carry only an
 * ordinal, and a reject needs the line a person sees in an editor.
 *
 * DuckDB's rules (from its CSV state machine; test/ingest/recordLines.test.ts checks them against
 * the engine):
 * - a record ends at LF, CR or CRLF outside quotes; an empty line is no record, a line of spaces is;
 * - a quote opens a quoted field only at the start of a field, or after one space there; anywhere
 *   else it is a literal character;
 * - inside quotes `""` is a literal quote; after a closing quote, another quote reopens the field;
 * - an unterminated quote runs to the end of the file; a leading UTF-8 BOM is ignored;
 * - when the file's first line break is CRLF, DuckDB reads in "CRLF mode", where a delimiter right
 *   after a lone CR is data, not a field break.
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;

/** Between records, where empty lines are skipped. */
const RECORD_START = 0;
/** Between records after a lone CR in CRLF mode: as RECORD_START, but a delimiter is data. */
const RECORD_START_AFTER_CR = 1;
/** After a delimiter: a quote opens a quoted field. */
const FIELD_START = 2;
/** After one space at the start of a field: a quote still opens a quoted field. */
const LEADING_SPACE = 3;
const UNQUOTED = 4;
const QUOTED = 5;
/** Just after a closing quote (or the first quote of `""`): a quote here reopens the field. */
const AFTER_QUOTE = 6;
const STATES = 7;

/** Flags of a transition, above the 3 bits of the next state. */
const LINE_BREAK = 8;
const RECORD_BEGINS = 16;

export interface RecordLines {
  /** The 1-based line where each wanted record starts (ordinals past the last record are absent). */
  readonly lines: Map<number, number>;
  /** How many records the file holds, the header included. */
  readonly records: number;
}

export interface RecordLinesOptions {
  /** The field delimiter, one ASCII character; a comma when not given. */
  readonly delimiter?: string;
}

/**
 * @param chunks the file's bytes as UTF-8, in chunks cut anywhere (`file.stream()`, a Node stream).
 * @param wanted record ordinals whose lines are wanted; 1 is the header record.
 * @throws RangeError only for a delimiter that is not one ASCII character (a caller's mistake).
 */
export async function recordLines(
  chunks: AsyncIterable<Uint8Array>,
  wanted: readonly number[],
  options: RecordLinesOptions = {},
): Promise<RecordLines> {
  const delimiter = delimiterByte(options.delimiter ?? ',');
  const targets = [...new Set(wanted)].filter((n) => Number.isInteger(n) && n > 0);
  const lines = new Map<number, number>();
  const stream = openingBytes(chunks);
  const opening = await stream.next();
  if (opening.done) return { lines, records: 0 };

  const carryOn = carryOnNewlines(opening.value) === true;
  const scanner = new RecordScanner(delimiter, carryOn, targets, lines);
  scanner.scan(opening.value);
  for (let next = await stream.next(); !next.done; next = await stream.next()) {
    scanner.scan(next.value);
  }
  return { lines, records: scanner.records };
}

/** The byte loop, kept out of the async function so its state lives in registers, not a closure. */
class RecordScanner {
  records = 0;
  private state = RECORD_START;
  private line = 1;
  private previousByte = 0;
  private readonly table = new Uint8Array(STATES * 256);
  /** 1: a byte that changes nothing in either hot state; 2: only inside quotes (the delimiter). */
  private readonly plain = new Uint8Array(256).fill(1);
  private readonly targets: number[];
  private targetIndex = 0;

  constructor(
    delimiter: number,
    carryOn: boolean,
    targets: readonly number[],
    private readonly lines: Map<number, number>,
  ) {
    const afterLoneCR = carryOn ? RECORD_START_AFTER_CR : RECORD_START;
    for (let state = 0; state < STATES; state++) {
      for (let byte = 0; byte < 256; byte++) {
        this.table[(state << 8) | byte] = transition(state, byte, delimiter, afterLoneCR);
      }
    }
    for (const byte of [LF, CR, QUOTE]) this.plain[byte] = 0;
    this.plain[delimiter] = 2;
    this.targets = [...targets].sort((a, b) => a - b);
  }

  scan(chunk: Uint8Array): void {
    const { table, plain } = this;
    const length = chunk.length;
    let state = this.state;
    let line = this.line;
    for (let i = 0; i < length; i++) {
      // Most bytes sit inside a field and change nothing: skip them without the table.
      if (state === UNQUOTED) {
        while (i < length && plain[chunk[i] as number] === 1) i++;
        if (i === length) break;
      } else if (state === QUOTED) {
        while (i < length && plain[chunk[i] as number] !== 0) i++;
        if (i === length) break;
      }
      const byte = chunk[i] as number;
      const step = table[(state << 8) | byte] as number;
      state = step & 7;
      if (step < LINE_BREAK) continue;
      if (step & LINE_BREAK) {
        // CRLF is one line break, even when a chunk ends between the two bytes.
        if (byte === CR || (i > 0 ? chunk[i - 1] : this.previousByte) !== CR) line++;
      } else if (++this.records === this.targets[this.targetIndex]) {
        this.lines.set(this.records, line);
        this.targetIndex++;
      }
    }
    this.state = state;
    this.line = line;
    if (length > 0) this.previousByte = chunk[length - 1] as number;
  }
}

/** DuckDB's transition from `state` on `byte`: the next state, with LINE_BREAK/RECORD_BEGINS. */
function transition(state: number, byte: number, delimiter: number, afterLoneCR: number): number {
  if (byte === LF || byte === CR) {
    if (state === QUOTED) return QUOTED | LINE_BREAK;
    return (byte === CR ? afterLoneCR : RECORD_START) | LINE_BREAK;
  }
  switch (state) {
    case UNQUOTED:
      return byte === delimiter ? FIELD_START : UNQUOTED;
    case QUOTED:
      return byte === QUOTE ? AFTER_QUOTE : QUOTED;
    case AFTER_QUOTE:
      if (byte === QUOTE) return QUOTED;
      return byte === delimiter ? FIELD_START : AFTER_QUOTE;
    case LEADING_SPACE:
      if (byte === QUOTE) return QUOTED;
      return byte === delimiter ? FIELD_START : UNQUOTED;
    default: {
      const begins = state === FIELD_START ? 0 : RECORD_BEGINS;
      if (byte === QUOTE) return QUOTED | begins;
      if (byte === SPACE) return LEADING_SPACE | begins;
      if (byte === delimiter && state !== RECORD_START_AFTER_CR) return FIELD_START | begins;
      return UNQUOTED | begins;
    }
  }
}

function delimiterByte(delimiter: string): number {
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code > 0x7f || code === LF || code === CR || code === QUOTE) {
    throw new RangeError(
      `recordLines needs a one-byte delimiter, got ${JSON.stringify(delimiter)}`,
    );
  }
  return code;
}

/**
 * DuckDB's choice of newline mode (`CSVSniffer::DetectNewLineDelimiter`): CRLF mode when the
 * file's first CR or LF is a run of CRs followed by an LF. Undefined: these bytes cannot tell yet.
 */
function carryOnNewlines(bytes: Uint8Array): boolean | undefined {
  let sawCR = false;
  for (const byte of bytes) {
    if (byte === CR) sawCR = true;
    else if (byte === LF) return sawCR;
    else if (sawCR) return false;
  }
  return undefined;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/** The chunks, the first one long enough to decide the newline mode, without a leading BOM. */
async function* openingBytes(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0);
  let decided = false;
  for await (const chunk of chunks) {
    if (decided) {
      yield chunk;
      continue;
    }
    head = concat(head, chunk);
    if (head.length < BOM.length || carryOnNewlines(head) === undefined) continue;
    decided = true;
    yield withoutBom(head);
  }
  if (!decided && head.length > 0) yield withoutBom(head);
}

function withoutBom(bytes: Uint8Array): Uint8Array {
  return BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(BOM.length) : bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** A browser `ReadableStream` as async-iterable chunks (Safari's streams are not iterable). */
export async function* streamChunks(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
