import { DuckDB } from './duckdbDialect';

export interface StatementText {
  readonly text: string;
  /** Offsets of `text` in the whole input. */
  readonly from: number;
  readonly to: number;
}

const COMMENTS = new Set(['LineComment', 'BlockComment']);

/** The text with each comment replaced by as many spaces, so offsets stay the same. */
function blankComments(sql: string, comments: readonly (readonly [number, number])[]): string {
  let blanked = '';
  let at = 0;
  for (const [from, to] of comments) {
    blanked += sql.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return blanked + sql.slice(at);
}

/**
 * The statements of a script, in order: each without its `;` and surrounding whitespace, with
 * its comments; a piece of only comments is no statement. A `;` splits wherever the tokenizer
 * sees one, also where the parser's error recovery put it inside an unclosed `(`: DuckDB ends the
 * statement there too. Strings, quoted identifiers and comments are single tokens, so a `;`
 * inside them never splits.
 */
export function splitStatements(sql: string): StatementText[] {
  const ends: number[] = [];
  const comments: [number, number][] = [];
  DuckDB.language.parser.parse(sql).iterate({
    enter(node) {
      if (node.name === ';') ends.push(node.from);
      else if (COMMENTS.has(node.name)) comments.push([node.from, node.to]);
    },
  });
  ends.push(sql.length);
  const blanked = blankComments(sql, comments);

  const statements: StatementText[] = [];
  let start = 0;
  for (const end of ends) {
    const piece = sql.slice(start, end);
    const from = start + (piece.length - piece.trimStart().length);
    const to = end - (piece.length - piece.trimEnd().length);
    if (blanked.slice(from, to).trim() !== '')
      statements.push({ text: sql.slice(from, to), from, to });
    start = end + 1;
  }
  return statements;
}
