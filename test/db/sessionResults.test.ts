import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/queries/workbench/cellText';
import { realSession } from '../helpers/realSession';

const read = (maxRows: number) => ({ maxRows, readOnly: true });

const real = realSession();

/** Expressions whose cells must read exactly as DuckDB's own cast to VARCHAR writes them. */
const CASES: [kind: string, expression: string][] = [
  ['integer', '42::TINYINT'],
  ['integer', '(-2147483648)::INTEGER'],
  ['integer', '9007199254740993::BIGINT'],
  ['integer', '(-9223372036854775808)::BIGINT'],
  ['integer', '18446744073709551615::UBIGINT'],
  ['decimal', '170141183460469231731687303715884105727::HUGEINT'],
  ['decimal', '12345.678::DECIMAL(10,3)'],
  ['decimal', '-0.05::DECIMAL(4,2)'],
  ['decimal', '5::DECIMAL(10,2)'],
  ['decimal', '-12345678901234567890123456789.01::DECIMAL(38,2)'],
  ['decimal', 'sum(x) FROM (VALUES (1.10::DECIMAL(5,2)), (2.25)) t(x)'],
  ['float', '2.5::DOUBLE'],
  ['float', '(-1)::DOUBLE'],
  ['float', '0::DOUBLE'],
  ['float', '1e-7::DOUBLE'],
  ['float', '0.0001::DOUBLE'],
  ['float', '1e15::DOUBLE'],
  ['float', '1e16::DOUBLE'],
  ['float', '123456789012345678::DOUBLE'],
  ['float', '(1/3)::DOUBLE'],
  ['float', '5e-324::DOUBLE'],
  ['float', '1.7976931348623157e308::DOUBLE'],
  ['float', '123456789.123::FLOAT'],
  ['float', '(1/3)::FLOAT'],
  ['float', '0.1::FLOAT'],
  ['list', '[1.5::DOUBLE, -2]'],
  ['float', "'nan'::DOUBLE"],
  ['float', "'-inf'::DOUBLE"],
  ['boolean', 'true'],
  ['text', "'it''s'"],
  ['text', "'小红书'"],
  ['text', "'hi'::ENUM('hi', 'lo')"],
  ['date', "DATE '2025-01-13'"],
  ['date', "DATE '1960-02-29'"],
  ['date', "DATE '0044-03-15 (BC)'"],
  ['date', "DATE '5881580-07-10'"],
  ['date', "'infinity'::DATE"],
  ['timestamp', "TIMESTAMP '2025-01-13 09:30:00'"],
  ['timestamp', "TIMESTAMP '2025-01-13 09:30:00.123456'"],
  ['timestamp', "TIMESTAMP '1969-12-31 23:59:59.999999'"],
  ['timestamp', "TIMESTAMP_NS '2025-01-13 09:30:00.123456789'"],
  ['timestamp', "TIMESTAMP_MS '2025-01-13 09:30:00.5'"],
  ['timestamp', "TIMESTAMP_S '2025-01-13 09:30:00'"],
  ['timestamp', "TIMESTAMPTZ '2025-01-13 09:30:00+02'"],
  ['timestamp', "'-infinity'::TIMESTAMP"],
  ['time', "TIME '09:30:01.25'"],
  ['interval', "INTERVAL '14 months 2 days 3 hours'"],
  ['interval', "-INTERVAL '90 minutes'"],
  ['interval', "INTERVAL '0 seconds'"],
  ['interval', "INTERVAL '1 microsecond'"],
  ['interval', "-INTERVAL '2 years 1 day'"],
  ['blob', "'\\x00ab\\x5Cc~'::BLOB"],
  ['list', '[1, 2, NULL]'],
  ['list', "['a', 'b c', NULL, '', 'it''s', 'x,y']"],
  ['list', '[[1, 2], [3]]'],
  ['list', "[DATE '2025-01-01', NULL]"],
  ['list', "[TIMESTAMP '2025-01-01 01:02:03.000004']"],
  ['list', '[1, 2]::INTEGER[2]'],
  ['struct', "{'x': 1, 'y': 'a'}"],
  ['struct', "{'a': [1, 2], 'b': {'c': DATE '2025-01-13'}}"],
  ['list', "[{'a': TIMESTAMP '2025-01-01 00:00:01'}, {'a': NULL}]"],
  ['map', "MAP {'k': 1, 'j': NULL}"],
];

describe('results of the workbench session, read exactly', () => {
  it.each(CASES)('reads a %s cell as DuckDB writes it: %s', async (kind, expression) => {
    const [select, from] = expression.split(' FROM ');
    const sql = `SELECT ${select} AS v, (${select})::VARCHAR AS t${from ? ` FROM ${from}` : ''}`;
    const result = await real.session.run(sql, read(10));
    expect(result.columns[0]!.kind).toBe(kind);
    expect(cellText(result.cell(0, 0))).toBe(result.cell(0, 1));
  });

  it('keeps a BIGINT beyond 2^53 as the exact integer', async () => {
    const result = await real.session.run('SELECT 9007199254740993::BIGINT AS big', read(10));
    expect(result.cell(0, 0)).toBe(9007199254740993n);
    expect(result.columns[0]).toEqual({ name: 'big', kind: 'integer', type: 'BIGINT' });
  });

  it('names column types as DuckDB does', async () => {
    const result = await real.session.run(
      `SELECT 1::INTEGER a, 1.5::DECIMAL(10,2) b, 'x' c, DATE '2025-01-01' d,
              TIMESTAMP '2025-01-01' e, [1] f, {'k': 1} g, 1.5::DOUBLE h`,
      read(10),
    );
    expect(result.columns.map((c) => c.type)).toEqual([
      'INTEGER',
      'DECIMAL(10,2)',
      'VARCHAR',
      'DATE',
      'TIMESTAMP',
      'INTEGER[]',
      'STRUCT(k INTEGER)',
      'DOUBLE',
    ]);
  });

  it('reads NULL of every type as null', async () => {
    const result = await real.session.run(
      `SELECT NULL::INTEGER, NULL::DECIMAL(5,1), NULL::DATE, NULL::TIMESTAMP, NULL::VARCHAR,
              NULL::INTEGER[], NULL::INTERVAL, NULL`,
      read(10),
    );
    expect(result.columns.map((_, c) => result.cell(0, c))).toEqual(Array(8).fill(null));
  });

  it('keeps at most the rows asked for and says the result was cut short', async () => {
    const result = await real.session.run('SELECT * FROM range(5000) t(i)', read(3000));
    expect(result.rowCount).toBe(3000);
    expect(result.truncated).toBe(true);
    expect(result.cell(2999, 0)).toBe(2999n);
    expect(() => result.cell(3000, 0)).toThrow(RangeError);
    const whole = await real.session.run('SELECT * FROM range(5000) t(i)', read(5000));
    expect([whole.rowCount, whole.truncated]).toEqual([5000, false]);
  });

  it('reads a result across many record batches in order', async () => {
    const result = await real.session.run(
      'SELECT i, i * 2 AS twice FROM range(10000) t(i)',
      read(20_000),
    );
    const rows = [0, 2047, 2048, 9999].map((r) => [result.cell(r, 0), result.cell(r, 1)]);
    expect(rows).toEqual([
      [0n, 0n],
      [2047n, 4094n],
      [2048n, 4096n],
      [9999n, 19998n],
    ]);
  });

  it('returns the columns of a statement with no rows', async () => {
    const result = await real.session.run('SELECT 1 AS one, 2 AS two WHERE false', read(10));
    expect(result.columns.map((c) => c.name)).toEqual(['one', 'two']);
    expect(result.rowCount).toBe(0);
  });

  it('reads ENUM columns, which a streamed result loses, by reading a read-only result whole', async () => {
    const result = await real.session.run("SELECT 'lo'::ENUM('hi', 'lo') AS e, 1 AS n", read(10));
    expect([result.cell(0, 0), result.cell(0, 1)]).toEqual(['lo', 1n]);
    await expect(
      real.session.run("SELECT 'lo'::ENUM('hi', 'lo') AS e", { maxRows: 10, readOnly: false }),
    ).rejects.toThrow(/ENUM columns.*VARCHAR/);
  });

  it('binds parameters, and keeps temporary tables to its own connection', async () => {
    await real.session.run('CREATE TEMP TABLE mine AS SELECT 1 AS x', read(10));
    const result = await real.session.run(
      { sql: 'SELECT count(*) AS n FROM mine WHERE x = ?', params: [1] },
      read(10),
    );
    expect(result.cell(0, 0)).toBe(1n);
    await expect(real.db.query('SELECT * FROM mine')).rejects.toThrow(/mine/);
  });
});
