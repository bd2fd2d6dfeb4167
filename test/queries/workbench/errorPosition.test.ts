import { describe, expect, it } from 'vitest';
import { statementError } from '../../../src/queries/workbench/errorPosition';

// The messages below are duckdb-wasm's own, for these statements (the long lines included).
const NOT_FOUND = (column: string) =>
  `Binder Error: Referenced column "${column}" not found in FROM clause!\nCandidate bindings: "x"`;
const A89 = 'a'.repeat(89);

/** What follows the position in the statement, so each case shows where it points. */
function pointedAt(message: string, statement: string) {
  const { position, ...rest } = statementError(message, statement);
  return { ...rest, at: position === null ? null : statement.slice(position) };
}

describe('where DuckDB says a statement went wrong', () => {
  it('keeps one message and points at the start of a repeated parser LINE block', () => {
    const message =
      'Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^\n\nLINE 1: SELEC 1\n        ^';
    expect(statementError(message, 'SELEC 1')).toEqual({
      message: 'Parser Error: syntax error at or near "SELEC"',
      position: 0,
    });
  });

  it.each([
    ['LF', 'SELECT x FROM a WHERE\n  y = 1'],
    ['CRLF', 'SELECT x FROM a WHERE\r\n  y = 1'],
    ['CR', 'SELECT x FROM a WHERE\r  y = 1'],
  ])('points into a later line after %s line ends', (_, statement) => {
    const message = `${NOT_FOUND('y')}\n\nLINE 2:   y = 1\n          ^`;
    expect(pointedAt(message, statement)).toEqual({ message: NOT_FOUND('y'), at: 'y = 1' });
  });

  it('points at the cast a conversion failed in', () => {
    const message =
      "Conversion Error: Could not convert string 'a' to INT32\n\nLINE 1: SELECT 1/0::INT, 'a'::INT\n                            ^";
    expect(pointedAt(message, "SELECT 1/0::INT, 'a'::INT")).toEqual({
      message: "Conversion Error: Could not convert string 'a' to INT32",
      at: '::INT',
    });
  });

  it.each([
    [
      'cut at both ends',
      "SELECT TIMESTAMP_NS '2025-01-13 09:30:00.123456789' tns, TIMESTAMP_S '2025-01-13 09:30:00' tsec, BIT '0101' bit, '1.5'::DECIMAL(4,1) small, TIMESTAMP '1969-12-31 23:59:59' before_epoch",
      "LINE 1: ...' tns, TIMESTAMP_S '2025-01-13 09:30:00' tsec, BIT '0101' bit, '1.5'::DECIMAL(4,1) small, TIMESTAMP '1969-12-31 23...\n                                                                     ^",
      'bit, ',
    ],
    [
      'cut at the start',
      `SELECT '${A89}' AS app, zz FROM a`,
      `LINE 1: ...${'a'.repeat(49)}' AS app, zz FROM a\n${' '.repeat(70)}^`,
      'zz FROM a',
    ],
    [
      'cut at the end',
      `SELECT zz, '${A89}' AS app FROM a`,
      `LINE 1: SELECT zz, '${'a'.repeat(54)}...\n               ^`,
      'zz, ',
    ],
    [
      'cut at both ends, after wide characters',
      `SELECT '${'小红书'.repeat(17)}' AS app, zz, '${A89}' FROM a`,
      `LINE 1: ...${'书' + '小红书'.repeat(8)}' AS app, zz, '${'a'.repeat(54)}...\n${' '.repeat(71)}^`,
      'zz, ',
    ],
  ])('finds a long line DuckDB showed %s', (_, statement, block, after) => {
    const { message, at } = pointedAt(`Binder Error: something\n\n${block}`, statement);
    expect(message).toBe('Binder Error: something');
    expect(at?.startsWith(after)).toBe(true);
  });

  it.each([
    ['wide characters', "SELECT '小红书小红书' AS app, zz FROM a", 38],
    ['emoji', "SELECT '😀😀' AS a, zz FROM a", 28],
    ['a letter with a combining accent', "SELECT 'e\u0301' AS a, zz FROM a", 25],
    ['tabs, which DuckDB draws no wider than nothing', 'SELECT\t\tzz FROM a', 14],
  ])('counts columns as DuckDB draws them, past %s', (_, statement, caret) => {
    const message = `${NOT_FOUND('zz')}\n\nLINE 1: ${statement}\n${' '.repeat(caret)}^`;
    expect(pointedAt(message, statement).at).toBe('zz FROM a');
  });

  it('reads errors that come as JSON, with the type before the message', () => {
    const message =
      '{"exception_type":"Binder","exception_message":"Column \\"x\\" does not exist on right side of join!"}';
    expect(statementError(message, 'SELECT * FROM a JOIN b USING (x)')).toEqual({
      message: 'Binder Error: Column "x" does not exist on right side of join!',
      position: null,
    });
  });

  it("takes a JSON error's position, a count of code points, over its misdrawn caret", () => {
    const message =
      '{"exception_type":"Parser","exception_message":"syntax error at or near \\"FROM\\"\\n\\nLINE 1: SELECT \'é😀\' x FROM FROM\\n                        ^","error_subtype":"SYNTAX_ERROR","position":"19"}';
    const statement = "SELECT 'é😀' x FROM FROM";
    expect(statementError(message, statement)).toEqual({
      message: 'Parser Error: syntax error at or near "FROM"',
      position: statement.lastIndexOf('FROM'),
    });
  });

  it('points at the end of a statement that ended too soon', () => {
    const message =
      '{"exception_type":"Parser","exception_message":"syntax error at end of input","error_subtype":"SYNTAX_ERROR","position":"14"}';
    const statement = "SELECT '😀', (1";
    expect(statementError(message, statement)).toEqual({
      message: 'Parser Error: syntax error at end of input',
      position: statement.length,
    });
  });

  it.each([
    ['there is no LINE block', 'Parser Error: syntax error at end of input', 'SELECT (1'],
    [
      'the line shown is not the statement’s (a view’s text, say)',
      `${NOT_FOUND('zz')}\n\nLINE 1: SELECT zz FROM a\n               ^`,
      'SELECT * FROM v',
    ],
    [
      'the statement has no such line',
      `${NOT_FOUND('y')}\n\nLINE 3:   y = 1\n          ^`,
      'SELECT x FROM a WHERE\n  y = 1',
    ],
    [
      'the JSON position lies past the statement',
      '{"exception_type":"Parser","exception_message":"syntax error","position":"99"}',
      'SELECT (1',
    ],
  ])('gives no position when %s', (_, message, statement) => {
    expect(statementError(message, statement).position).toBeNull();
  });

  it('keeps a message that only looks like JSON as it is', () => {
    expect(statementError('  {not json} ', 'SELECT 1')).toEqual({
      message: '{not json}',
      position: null,
    });
  });
});
