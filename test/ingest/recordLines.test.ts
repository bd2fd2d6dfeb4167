import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { recordLines, streamChunks } from '../../src/ingest/lines/recordLines';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly delimiter?: string;
  /** Records the file holds, the header included. */
  readonly records: number;
  /** The line each record starts on, in order. */
  readonly lines: readonly number[];
}

/** Tricky files, each with where its records start; the last block also checks DuckDB agrees. */
const CASES: readonly Case[] = [
  { name: 'plain LF lines', text: 'a,b\n1,2\n3,4\n', records: 3, lines: [1, 2, 3] },
  { name: 'CRLF lines', text: 'a,b\r\n1,2\r\n3,4\r\n', records: 3, lines: [1, 2, 3] },
  { name: 'lone CR lines (old Mac)', text: 'a,b\r1,2\r3,4\r', records: 3, lines: [1, 2, 3] },
  { name: 'no final newline', text: 'a,b\n1,2\n3,4', records: 3, lines: [1, 2, 3] },
  { name: 'a trailing blank line', text: 'a,b\n1,2\n\n', records: 2, lines: [1, 2] },
  {
    name: 'blank lines between records',
    text: 'a,b\n\n1,2\n\n\n3,4\n',
    records: 3,
    lines: [1, 3, 6],
  },
  { name: 'blank CRLF lines', text: 'a,b\r\n\r\n1,2\r\n', records: 2, lines: [1, 3] },
  { name: 'blank lines before the header', text: '\n\na,b\n1,2\n', records: 2, lines: [3, 4] },
  { name: 'a line of spaces is a record', text: 'a,b\n   \n1,2\n', records: 3, lines: [1, 2, 3] },
  {
    name: 'a line of one delimiter is a record',
    text: 'a,b\n,\n1,2\n',
    records: 3,
    lines: [1, 2, 3],
  },
  { name: 'a quoted newline', text: 'a,b\n"x\ny",2\n3,4\n', records: 3, lines: [1, 2, 4] },
  {
    name: 'quoted CRLF and blank lines inside quotes',
    text: 'a,b\r\n"x\r\n\r\ny",2\r\n3,4\r\n',
    records: 3,
    lines: [1, 2, 5],
  },
  { name: 'doubled quotes', text: 'a,b\n"x""y",2\n"""",4\n', records: 3, lines: [1, 2, 3] },
  {
    name: 'doubled quotes next to a quoted newline',
    text: 'a,b\n"""x\ny""",2\n3,4\n',
    records: 3,
    lines: [1, 2, 4],
  },
  { name: 'delimiters in quotes', text: 'a,b\n"x,y",2\n3,4\n', records: 3, lines: [1, 2, 3] },
  {
    name: 'a quote in the middle of a field is a literal',
    text: 'a,b\nx"y\nz",2\n3,4\n',
    records: 4,
    lines: [1, 2, 3, 4],
  },
  {
    name: 'one space before a quote still opens it',
    text: 'a,b\n1, "x\ny"\n3,4\n',
    records: 3,
    lines: [1, 2, 4],
  },
  {
    name: 'two spaces before a quote make it a literal',
    text: 'a,b\n1,  "x\ny"\n3,4\n',
    records: 4,
    lines: [1, 2, 3, 4],
  },
  {
    name: 'a quote after a closing quote reopens the field',
    text: 'a,b\n"x"y"z\nw",2\n3,4\n',
    records: 3,
    lines: [1, 2, 4],
  },
  {
    name: 'an unterminated quote runs to the end',
    text: 'a,b\n"x,2\n3,4\n',
    records: 2,
    lines: [1, 2],
  },
  {
    name: 'a UTF-8 BOM before a blank line',
    text: '\uFEFF\na,b\n1,2\n',
    records: 2,
    lines: [2, 3],
  },
  {
    name: 'a BOM before a quoted header',
    text: '\uFEFF"a\nb",c\n1,2\n',
    records: 2,
    lines: [1, 3],
  },
  {
    name: 'multi-byte characters',
    text: 'app,n\n小红书,1\n"Lemon8 🍋\n",2\n',
    records: 3,
    lines: [1, 2, 3],
  },
  {
    name: 'CR CR LF endings (Python on Windows)',
    text: 'a,b\r\r\n1,2\r\r\n3,4\r\r\n',
    records: 3,
    lines: [1, 3, 5],
  },
  {
    name: 'in CRLF mode a delimiter after a lone CR is data',
    text: 'a,b\r\n1,2\r,"x\ny"\r\n',
    records: 4,
    lines: [1, 2, 3, 4],
  },
  {
    name: 'in LF mode a delimiter after a lone CR starts a field',
    text: 'a,b\n1,2\r,"x\ny"\n',
    records: 3,
    lines: [1, 2, 3],
  },
  {
    name: 'semicolons, with commas as data',
    text: 'a;b\n"x;y";1,5\n ";\n";2\n',
    delimiter: ';',
    records: 3,
    lines: [1, 2, 3],
  },
  {
    name: 'tabs',
    text: 'a\tb\n"x\ty"\t"1\n2"\n3\t4\n',
    delimiter: '\t',
    records: 3,
    lines: [1, 2, 4],
  },
  { name: 'pipes', text: 'a|b\n"x|y"|2\n|\n', delimiter: '|', records: 3, lines: [1, 2, 3] },
  { name: 'an empty file', text: '', records: 0, lines: [] },
  { name: 'only blank lines', text: '\n\r\n\r', records: 0, lines: [] },
];

const encode = (text: string) => new TextEncoder().encode(text);

async function* chunksOf(bytes: Uint8Array, sizes: readonly number[] = [bytes.length]) {
  let start = 0;
  for (let i = 0; start < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield bytes.slice(start, start + size);
    start += size;
  }
}

const allOrdinals = (records: number) => Array.from({ length: records + 2 }, (_, i) => i + 1);

describe('recordLines', () => {
  describe.each(CASES)('on $name', ({ text, delimiter, records, lines }) => {
    it('counts the records and finds the line each starts on', async () => {
      const found = await recordLines(chunksOf(encode(text)), allOrdinals(records), { delimiter });
      expect(found.records).toBe(records);
      expect([...found.lines.values()]).toEqual(lines);
    });

    it('gives the same answer when the bytes arrive one at a time', async () => {
      const found = await recordLines(chunksOf(encode(text), [1]), allOrdinals(records), {
        delimiter,
      });
      expect(found.records).toBe(records);
      expect([...found.lines.values()]).toEqual(lines);
    });
  });

  it('reports only the wanted records, in any order, ignoring ordinals past the end', async () => {
    const found = await recordLines(chunksOf(encode('h\n1\n\n2\n3\n')), [4, 2, 99, 2, 0, -1]);
    expect(found).toEqual({
      records: 4,
      lines: new Map([
        [2, 2],
        [4, 5],
      ]),
    });
  });

  it('keeps a CRLF split across two chunks as one line break', async () => {
    const found = await recordLines(chunksOf(encode('a\r\nb\r\nc\r\n'), [2, 1]), [1, 2, 3]);
    expect([...found.lines.values()]).toEqual([1, 2, 3]);
  });

  it('refuses a delimiter that is not one ASCII character', async () => {
    await expect(recordLines(chunksOf(encode('a')), [], { delimiter: ';;' })).rejects.toThrow(
      RangeError,
    );
  });

  it('reads a browser ReadableStream through streamChunks', async () => {
    const stream = new Blob(['a,b\n"x\ny",2\n']).stream();
    const found = await recordLines(streamChunks(stream), [2]);
    expect(found).toEqual({ records: 2, lines: new Map([[2, 2]]) });
  });

  it('finds the same lines however the file is cut into chunks', async () => {
    const texts = fc.stringMatching(/^[ab,"\r\n ]{0,40}$/);
    const cuts = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(texts, cuts, async (text, sizes) => {
        const bytes = encode(text);
        const whole = await recordLines(chunksOf(bytes), allOrdinals(text.length));
        const cut = await recordLines(chunksOf(bytes, sizes), allOrdinals(text.length));
        expect(cut).toEqual(whole);
      }),
    );
  });
});

describe('recordLines against the real DuckDB', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openNodeDatabase();
  });
  afterAll(async () => db?.close());

  let files = 0;
  /** What the pipeline's staging read returns for these bytes. */
  async function duckdbRecords(bytes: Uint8Array, delimiter = ','): Promise<number> {
    const name = `record-lines-${++files}.csv`;
    await db.registerFile(name, bytes);
    try {
      const [row] = await db.query<{ n: number }>({
        sql: `SELECT count(*)::INTEGER AS n FROM read_csv(?, header = false, all_varchar = true,
                auto_detect = false, parallel = false, null_padding = true, strict_mode = false,
                delim = ?, quote = '"', escape = '"', nullstr = '\u0001',
                columns = {'c1': 'VARCHAR', 'c2': 'VARCHAR', 'c3': 'VARCHAR'})`,
        params: [name, delimiter],
      });
      return row?.n ?? -1;
    } finally {
      await db.dropFile(name);
    }
  }

  it.each(CASES)('counts as many records as DuckDB on $name', async ({ text, delimiter }) => {
    const bytes = encode(text);
    const { records } = await recordLines(chunksOf(bytes), [], { delimiter });
    expect(records).toBe(await duckdbRecords(bytes, delimiter));
  });

  it('counts as many records as DuckDB on random files of quotes, delimiters and line breaks', async () => {
    const pieces = ['a', ',', ';', '"', '""', ' ', '\t', '\n', '\r', '\r\n'];
    const file = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom(',', ';'), async (text, delimiter) => {
        const bytes = encode(text);
        // DuckDB 1.4 fails on a quote left open at the very end: nothing to compare there.
        const duckdb = await duckdbRecords(bytes, delimiter).catch(() => null);
        fc.pre(duckdb !== null);
        const { records } = await recordLines(chunksOf(bytes), [], { delimiter });
        expect(records).toBe(duckdb);
      }),
      { numRuns: 300 },
    );
  });
});
