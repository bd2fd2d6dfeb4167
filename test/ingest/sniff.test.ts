import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binaryReason,
  decodeHead,
  detectEncoding,
  looksBinary,
  type TextEncodingName,
} from '../../src/ingest/sniff/decodeHead';
import { sniffCsv, type SniffResult } from '../../src/ingest/sniff/sniffCsv';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

const bytes = (...values: number[]) => new Uint8Array(values);
const CSV = 'date,app,rank\n2025-01-13,小红书,1\n';

describe('detectEncoding', () => {
  it.each<[string, Uint8Array, TextEncodingName]>([
    ['UTF-8 with a BOM', utf8(`\uFEFF${CSV}`), 'utf-8'],
    ['UTF-8 without a BOM', utf8(CSV), 'utf-8'],
    ['UTF-16 LE with a BOM (Excel "Unicode text")', utf16(CSV, 'le'), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(CSV, 'be'), 'utf-16be'],
    ['UTF-16 LE without a BOM', utf16(CSV, 'le', false), 'utf-16le'],
    ['UTF-16 BE without a BOM', utf16(CSV, 'be', false), 'utf-16be'],
    ['an empty head', bytes(), 'utf-8'],
    ['a single byte', bytes(0x61), 'utf-8'],
  ])('reads %s as %s', (_, head, encoding) => {
    expect(detectEncoding(head)).toBe(encoding);
  });
});

const zipWith = (name: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, ...utf8(name)]);

describe('binaryReason and looksBinary', () => {
  it.each<[string, Uint8Array, TextEncodingName, RegExp | null]>([
    ['a UTF-8 CSV', utf8(CSV), 'utf-8', null],
    ['a UTF-16 CSV', utf16(CSV, 'le'), 'utf-16le', null],
    ['a CSV with tabs and CRLF', utf8('a\tb\r\n1\t2\r\n'), 'utf-8', null],
    ['an empty head', bytes(), 'utf-8', null],
    [
      'an .xlsx workbook',
      zipWith('[Content_Types].xml....xl/workbook.xml'),
      'utf-8',
      /^This is an Excel workbook, not a CSV file: save it as CSV \(UTF-8\) first$/,
    ],
    [
      'an OpenDocument spreadsheet',
      zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
      'utf-8',
      /OpenDocument spreadsheet/,
    ],
    ['another ZIP archive', zipWith('data/rankings.csv'), 'utf-8', /ZIP archive/],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'utf-8', /PNG image/],
    ['a PDF document', utf8('%PDF-1.7\n'), 'utf-8', /PDF document/],
    ['a gzip archive', bytes(0x1f, 0x8b, 8, 0), 'utf-8', /gzip archive/],
    ['a Parquet file', utf8('PAR1\x15\x04'), 'utf-8', /Parquet file/],
    [
      'an old .xls workbook',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      'utf-8',
      /\.xls/,
    ],
    ['UTF-8 text with a NUL byte', utf8('a,b\n1,\u00002\n'), 'utf-8', /binary data/],
    [
      'bytes full of control characters',
      bytes(...Array.from({ length: 64 }, (_, i) => (i % 8) + 1)),
      'utf-8',
      /binary data/,
    ],
    [
      'UTF-16 text with a NUL character',
      utf16('a,b\n\u0000\u0000', 'le'),
      'utf-16le',
      /binary data/,
    ],
  ])('judges %s', (_, head, encoding, message) => {
    const reason = binaryReason(head, encoding);
    if (message === null) expect(reason).toBeNull();
    else expect(reason).toMatch(message);
    expect(looksBinary(head, encoding)).toBe(message !== null);
  });
});

describe('decodeHead', () => {
  it('strips the BOM of UTF-8 and UTF-16 text', () => {
    expect(decodeHead(utf8(`\uFEFF${CSV}`), 'utf-8')).toBe(CSV);
    expect(decodeHead(utf16(CSV, 'le'), 'utf-16le')).toBe(CSV);
    expect(decodeHead(utf16(CSV, 'be'), 'utf-16be')).toBe(CSV);
  });

  it('leaves out a character cut at the end of the head instead of a replacement character', () => {
    const whole = utf8('app\n小红书');
    for (let cut = whole.length - 2; cut < whole.length; cut++) {
      expect(decodeHead(whole.subarray(0, cut), 'utf-8')).toBe('app\n小红');
    }
    const pair = utf16('a🍋', 'le');
    expect(decodeHead(pair.subarray(0, pair.length - 1), 'utf-16le')).toBe('a');
    expect(decodeHead(pair.subarray(0, pair.length - 2), 'utf-16le')).toBe('a');
  });

  it('never throws, whatever the bytes', () => {
    const encodings = fc.constantFrom<TextEncodingName>('utf-8', 'utf-16le', 'utf-16be');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), encodings, (head, encoding) => {
        expect(typeof decodeHead(head, encoding)).toBe('string');
        expect(typeof looksBinary(head, encoding)).toBe('boolean');
        expect(['utf-8', 'utf-16le', 'utf-16be']).toContain(detectEncoding(head));
      }),
    );
  });
});

type Expected = Partial<Pick<SniffResult, 'delimiter' | 'header' | 'rows' | 'lineEnding'>>;

/** Heads of files and what sniffing them must find. */
const SNIFF_CASES: readonly [string, string, Expected][] = [
  [
    'a comma file',
    'date,app,rank\n2025-01-13,TikTok,1\n',
    { delimiter: ',', header: ['date', 'app', 'rank'], rows: [['2025-01-13', 'TikTok', '1']] },
  ],
  [
    'a semicolon file with decimal commas',
    'date;views\n2025-01-13;1,5\n2025-01-14;2,5\n',
    {
      delimiter: ';',
      rows: [
        ['2025-01-13', '1,5'],
        ['2025-01-14', '2,5'],
      ],
    },
  ],
  [
    'a tab file with commas in values',
    'date\tapp\n2025-01-13\tTikTok, Inc\n',
    { delimiter: '\t', rows: [['2025-01-13', 'TikTok, Inc']] },
  ],
  [
    'a pipe file',
    'date|app\n2025-01-13|"Red|Note"\n',
    { delimiter: '|', rows: [['2025-01-13', 'Red|Note']] },
  ],
  [
    'a one-column file',
    'app\nTikTok\nRedNote\n',
    { delimiter: ',', header: ['app'], rows: [['TikTok'], ['RedNote']] },
  ],
  [
    'a header with quoted commas and semicolons between',
    '"Date, UTC";"App, name"\n2025-01-13;TikTok\n',
    { delimiter: ';', header: ['Date, UTC', 'App, name'] },
  ],
  [
    'a quoted newline in a value',
    'date,label\n2025-01-19,"Ban\ntakes effect"\n',
    { rows: [['2025-01-19', 'Ban\ntakes effect']] },
  ],
  [
    'doubled quotes in a value',
    'date,label\n2025-01-19,"The ""ban"""\n',
    { rows: [['2025-01-19', 'The "ban"']] },
  ],
  [
    'a BOM and spaces around header cells',
    '\uFEFF Date , App \n2025-01-13,TikTok\n',
    { header: ['Date', 'App'] },
  ],
  ['CRLF line endings', 'a,b\r\n1,2\r\n', { lineEnding: '\r\n', rows: [['1', '2']] }],
  ['lone CR line endings', 'a,b\r1,2\r', { lineEnding: '\r', rows: [['1', '2']] }],
  [
    'a quoted LF inside a CRLF file',
    'a,b\r\n"x\ny",2\r\n3,4\r\n',
    {
      lineEnding: '\r\n',
      rows: [
        ['x\ny', '2'],
        ['3', '4'],
      ],
    },
  ],
  [
    'blank and trailing blank lines',
    'a,b\n\n1,2\n\n\n3,4\n\n',
    {
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    },
  ],
  ['a head cut mid-record', 'a,b\n1,2\n3,TikT', { rows: [['1', '2']] }],
  ['a head cut inside a quoted field', 'a,b\n1,2\n3,"Tik\nT', { rows: [['1', '2']] }],
  [
    'a head of the header alone, without a newline',
    'date,app,rank',
    { header: ['date', 'app', 'rank'], rows: [] },
  ],
  ['an empty head', '', { delimiter: ',', header: [], rows: [] }],
];

describe('sniffCsv', () => {
  it.each(SNIFF_CASES)('reads %s', (_, head, expected) => {
    expect(sniffCsv(head)).toMatchObject(expected);
  });

  it('keeps the last record of a whole file that has no final newline', () => {
    expect(sniffCsv('a,b\n1,2\n3,4', { complete: true }).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('returns the first N data rows', () => {
    const head = ['n,square', ...Array.from({ length: 50 }, (_, i) => `${i},${i * i}`)].join('\n');
    expect(sniffCsv(head).rows).toHaveLength(20);
    expect(sniffCsv(head, { previewRows: 3 }).rows).toEqual([
      ['0', '0'],
      ['1', '1'],
      ['2', '4'],
    ]);
  });

  it('finds enough rows past many blank lines', () => {
    const head = `a,b\n${'\n'.repeat(100)}1,2\n3,4\n`;
    expect(sniffCsv(head, { previewRows: 2 }).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reports what PapaParse found odd', () => {
    const { errors } = sniffCsv('a,b\n"x"y,2\n3,4\n', { complete: true });
    expect(errors.length).toBeGreaterThan(0);
  });

  it('never throws, whatever the text', () => {
    const text = fc.stringMatching(/^[ab,;\t|" \r\n\uFEFF]{0,60}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 5 }), (head, previewRows) => {
        const result = sniffCsv(head, { previewRows });
        expect([',', ';', '\t', '|']).toContain(result.delimiter);
        expect(result.rows.length).toBeLessThanOrEqual(Math.max(0, previewRows));
      }),
    );
  });
});
