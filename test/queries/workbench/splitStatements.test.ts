import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../../src/queries/workbench/splitStatements';

/** The statements' texts, after checking that each one's offsets mark its text in the input. */
function texts(sql: string): string[] {
  const statements = splitStatements(sql);
  for (const { text, from, to } of statements) expect(sql.slice(from, to)).toBe(text);
  return statements.map((statement) => statement.text);
}

describe('splitting a script into statements', () => {
  it.each([
    ['a string', "SELECT 'a;b'"],
    ['a string with a doubled quote', "SELECT 'it''s; here'"],
    ["an E'…' string with an escaped quote", "SELECT E'it\\'s; here'"],
    ['a quoted identifier', 'SELECT 1 AS "a;b"'],
    ['a quoted identifier with a doubled quote', 'SELECT 1 AS "a"";b"'],
    ['a $$ string', 'SELECT $$a;b$$'],
    ['a $tag$ string holding $$', 'SELECT $body$ a; $$; b $body$'],
    ['a line comment', 'SELECT 1 -- not; here\n'],
    ['a block comment', 'SELECT /* not; here */ 1'],
    ['a nested block comment', 'SELECT /* a /* ; */ ; */ 1'],
  ])('never splits at a semicolon inside %s', (_, first) => {
    expect(texts(`${first}; SELECT 2`)).toEqual([first.trim(), 'SELECT 2']);
  });

  it.each([
    ['one statement without a semicolon', 'SELECT 1', ['SELECT 1']],
    ['a last statement without a semicolon', 'SELECT 1;\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['whitespace around statements', ' \n\tSELECT 1 ;\n\n  SELECT 2 ;\n', ['SELECT 1', 'SELECT 2']],
    ['CRLF line ends', 'SELECT 1;\r\nSELECT\r\n  2;\r\n', ['SELECT 1', 'SELECT\r\n  2']],
    ['empty statements between semicolons', ';;SELECT 1;;;SELECT 2;;', ['SELECT 1', 'SELECT 2']],
    [
      'a plain string ending in a backslash',
      "SELECT 'a\\'; SELECT 2",
      ["SELECT 'a\\'", 'SELECT 2'],
    ],
    [
      'comments before a statement, which stay its own',
      '-- first\nSELECT 1; /* second */ SELECT 2',
      ['-- first\nSELECT 1', '/* second */ SELECT 2'],
    ],
    ['a comment inside a statement', 'SELECT 1 -- one\n  + 2;', ['SELECT 1 -- one\n  + 2']],
    ['a last piece of only comments', 'SELECT 1; -- done\n/* really */', ['SELECT 1']],
    ['only comments', '-- a\n/* b; */\n-- c;', []],
    ['only whitespace and semicolons', ' ;\n ; ', []],
    ['empty input', '', []],
    ['an unclosed string, which runs to the end', "SELECT 'a; SELECT 2", ["SELECT 'a; SELECT 2"]],
    ['an unclosed parenthesis', 'SELECT (1;\nSELECT 2', ['SELECT (1', 'SELECT 2']],
  ])('splits %s', (_, sql, expected) => {
    expect(texts(sql)).toEqual(expected);
  });

  it('gives the offsets of each trimmed statement in the whole input', () => {
    expect(splitStatements('  SELECT 1 ;\r\n-- c\nSELECT 2')).toEqual([
      { text: 'SELECT 1', from: 2, to: 10 },
      { text: '-- c\nSELECT 2', from: 14, to: 27 },
    ]);
  });
});
