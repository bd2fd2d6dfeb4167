export interface StatementError {
  readonly message: string;
  /** Offset in the statement's text where DuckDB points, or null. */
  readonly position: number | null;
}

/** DuckDB's pointer under a message: the statement's line (or part of it) and a caret. */
const LINE_BLOCK = /\n*LINE (\d+): ([^\n]*)\n( *)\^/g;
const ELLIPSIS = '...';
// DuckDB counts CRLF as one line break, and a lone CR as one too.
const LINE_BREAK = /\r\n|\r|\n/g;

/** The text of a 1-based line of the statement and the offset it starts at. */
function lineOf(statement: string, number: number): { start: number; text: string } | null {
  LINE_BREAK.lastIndex = 0;
  let start = 0;
  for (let n = 1; n < number; n++) {
    const lineBreak = LINE_BREAK.exec(statement);
    if (!lineBreak) return null;
    start = lineBreak.index + lineBreak[0].length;
  }
  const end = LINE_BREAK.exec(statement)?.index ?? statement.length;
  return { start, text: statement.slice(start, end) };
}

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\p{Emoji_Presentation}]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns a character takes where DuckDB draws the caret (utf8proc's width of its first code point). */
function renderWidth(grapheme: string): number {
  const first = String.fromCodePoint(grapheme.codePointAt(0) ?? 0);
  return WIDE.test(first) ? 2 : INVISIBLE.test(first) ? 0 : 1;
}

/** The offset in `text` of what lies `columns` rendered columns in. */
function offsetAtColumn(text: string, columns: number): number {
  let offset = 0;
  let seen = 0;
  for (const { segment } of graphemes.segment(text)) {
    const width = renderWidth(segment);
    // Tabs take no column in DuckDB's drawing, and it never points at whitespace: step past them.
    if (seen >= columns && width > 0) break;
    seen += width;
    offset += segment.length;
  }
  return offset;
}

/** Where the part of a line DuckDB shows starts in the line, or -1 when it is not there. */
function partStart(line: string, part: string, cutStart: boolean, cutEnd: boolean): number {
  if (!cutStart) return line.startsWith(part) ? 0 : -1;
  if (!cutEnd) return line.endsWith(part) ? line.length - part.length : -1;
  return line.indexOf(part);
}

/**
 * Where a LINE block points in the statement. A long line is shown in part, with `...` where it
 * was cut, so the part shown is found in the line; a line that does not match is not this
 * statement's (DuckDB can quote the text of a view), and gives null.
 */
function placeLineBlock(statement: string, block: RegExpMatchArray): number | null {
  const [, number = '', shown = '', indent = ''] = block;
  const line = lineOf(statement, Number(number));
  if (!line) return null;
  const cutStart = shown.startsWith(ELLIPSIS);
  let part = cutStart ? shown.slice(ELLIPSIS.length) : shown;
  const cutEnd = part.endsWith(ELLIPSIS);
  if (cutEnd) part = part.slice(0, -ELLIPSIS.length);
  const start = partStart(line.text, part, cutStart, cutEnd);
  const columns = indent.length - `LINE ${number}: `.length - (cutStart ? ELLIPSIS.length : 0);
  if (start < 0 || columns < 0) return null;
  return line.start + start + offsetAtColumn(line.text.slice(start), columns);
}

/** The UTF-16 offset of a code point offset (DuckDB's), or null past the end. */
function fromCodePoints(text: string, codePoints: number): number | null {
  let offset = 0;
  for (let n = 0; n < codePoints; n++) {
    if (offset >= text.length) return null;
    offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  }
  return offset;
}

/** duckdb-wasm reports some errors as DuckDB's JSON error data. */
function fromJson(message: string): { message: string; position: number | null } | null {
  if (!message.trimStart().startsWith('{')) return null;
  let data: unknown;
  try {
    data = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const {
    exception_type: type,
    exception_message: text,
    position,
  } = data as Record<string, unknown>;
  if (typeof text !== 'string') return null;
  const offset =
    typeof position === 'string' && /^\d+$/.test(position) ? Number(position) : position;
  return {
    message: typeof type === 'string' && type !== '' ? `${type} Error: ${text}` : text,
    position: typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : null,
  };
}

/**
 * An error DuckDB gave for a statement: its message without the LINE blocks it draws under it,
 * and the offset in the statement it points at. The JSON's position goes first: in a parser
 * error DuckDB draws the caret from that code point offset as if it counted bytes, so after text
 * that is not ASCII the caret lands to the left of the error.
 */
export function statementError(message: string, statement: string): StatementError {
  const json = fromJson(message);
  const text = json?.message ?? message;
  const block = text.matchAll(LINE_BLOCK).next().value;
  const stated = json?.position == null ? null : fromCodePoints(statement, json.position);
  const position = stated ?? (block ? placeLineBlock(statement, block) : null);
  return { message: text.replace(LINE_BLOCK, '').trim(), position };
}
