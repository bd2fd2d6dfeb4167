import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { createNormalisers } from '../../src/ingest/sql/normaliserSql';
import { evaluateColumns, resultsOf, type Text } from './evaluateSql';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
  await createNormalisers(db);
});
afterAll(async () => db.close());

const NBSP = '\u00a0';

/** [input, BIGINT as text or null] */
const COUNTS: [Text, Text][] = [
  ['1234', '1234'],
  ['0', '0'],
  ['007', '7'],
  ['+7', '7'],
  ['-3', '-3'],
  ['\u22123', '-3'],
  ['#1', '1'],
  [' #12 ', '12'],
  [`${NBSP}1,234${NBSP}`, '1234'],
  ['\t42\n', '42'],
  ['1,234,567', '1234567'],
  ['-1,234', '-1234'],
  ['1 234 567', '1234567'],
  [`1${NBSP}234${NBSP}567`, '1234567'],
  ['1\u2009234', '1234'],
  ['1\u202f234', '1234'],
  ['1_234_567', '1234567'],
  ['1.234.567', '1234567'],
  ['1.234', null],
  ['1,23', null],
  ['12,34,567', null],
  ['1,234 567', null],
  ['1,234.567', null],
  ['12.5', null],
  ['12.0', null],
  ['1.2M', '1200000'],
  ['1.2m', '1200000'],
  ['64.906M', '64906000'],
  ['3K', '3000'],
  ['3k', '3000'],
  ['2.5B', '2500000000'],
  ['2bn', '2000000000'],
  ['1.5 mn', '1500000'],
  ['1.2 million', '1200000'],
  ['6000万', '60000000'],
  ['5.8亿', '580000000'],
  ['3千', '3000'],
  ['1.25萬', '12500'],
  ['2億', '200000000'],
  ['0.4K', '400'],
  ['1.0005K', '1001'],
  ['-1.0005K', '-1001'],
  ['1.23449K', '1234'],
  ['1,234.5K', '1234500'],
  ['#1.2K', '1200'],
  ['9223372036854775807', '9223372036854775807'],
  ['9223372036854775808', null],
  ['-9223372036854775808', '-9223372036854775808'],
  ['9223372036.854775807B', '9223372036854775807'],
  ['9223372036.854775808B', null],
  ['99999999999999999999999999999999999999B', null],
  ['1e6', null],
  ['1.2X', null],
  ['1,2M', null],
  ['K', null],
  ['#', null],
  ['--1', null],
  ['#-1', null],
  ['1.2.3', null],
  ['1 2', null],
  ['', null],
  ['   ', null],
  ['n/a', null],
  [null, null],
];

describe('dw_count', () => {
  it('reads whole numbers, ranks, grouped thousands and K/M/B and Chinese units, and nothing else', async () => {
    expect(
      await resultsOf(
        db,
        'dw_count(s)',
        COUNTS.map(([input]) => input),
      ),
    ).toEqual(COUNTS);
  });
});

/** [input, read day-first, read month-first] */
const DATES: [Text, Text, Text][] = [
  ['2025-01-13', '2025-01-13', '2025-01-13'],
  ['2025-1-3', '2025-01-03', '2025-01-03'],
  ['2025/01/13', '2025-01-13', '2025-01-13'],
  ['2025.01.13', '2025-01-13', '2025-01-13'],
  ['2025-01-14T18:00:00+08:00', '2025-01-14', '2025-01-14'],
  ['2025-01-14T23:30:00-05:00', '2025-01-14', '2025-01-14'],
  ['2025-01-14T18:00:00.123456Z', '2025-01-14', '2025-01-14'],
  ['2025-01-14 18:00', '2025-01-14', '2025-01-14'],
  ['2025-01-14T18:00:00+0800', '2025-01-14', '2025-01-14'],
  ['03/04/2025', '2025-04-03', '2025-03-04'],
  ['13/01/2025', '2025-01-13', null],
  ['1/13/2025', null, '2025-01-13'],
  ['13-01-2025', '2025-01-13', null],
  ['13.1.2025', '2025-01-13', null],
  ['1/13/2025 3:45 PM', null, '2025-01-13'],
  ['Jan 13, 2025', '2025-01-13', '2025-01-13'],
  ['January 13, 2025', '2025-01-13', '2025-01-13'],
  ['jan 13, 2025', '2025-01-13', '2025-01-13'],
  ['Jan. 13, 2025', '2025-01-13', '2025-01-13'],
  ['Sept 5, 2025', '2025-09-05', '2025-09-05'],
  ['13 January 2025', '2025-01-13', '2025-01-13'],
  ['13 Jan 2025', '2025-01-13', '2025-01-13'],
  ['13-Jan-2025', '2025-01-13', '2025-01-13'],
  ['13th January 2025', '2025-01-13', '2025-01-13'],
  ['Mon, 13 Jan 2025', '2025-01-13', '2025-01-13'],
  ['Monday, January 13, 2025', '2025-01-13', '2025-01-13'],
  ['Mon, 13 Jan 2025 10:00:00 +0000', '2025-01-13', '2025-01-13'],
  [' 2025-01-13 ', '2025-01-13', '2025-01-13'],
  [`${NBSP}2025-01-13${NBSP}`, '2025-01-13', '2025-01-13'],
  ['\t13 Jan 2025\n', '2025-01-13', '2025-01-13'],
  ['2024-02-29', '2024-02-29', '2024-02-29'],
  ['2025-02-29', null, null],
  ['2025-02-30', null, null],
  ['2025-13-01', null, null],
  ['13/13/2025', null, null],
  ['31/04/2025', null, null],
  ['0/1/2025', null, null],
  ['1/2-2025', null, null],
  ['2025-01/13', null, null],
  ['2025-01-13T24:00', null, null],
  ['2025-01-13T10:60', null, null],
  ['2025-01-13T', null, null],
  ['1/13/2025 13:05 PM', null, null],
  ['Jan 2025', null, null],
  ['13/01/25', null, null],
  ['20250113', null, null],
  ['2025-01', null, null],
  ['today', null, null],
  ['', null, null],
  [null, null, null],
];

describe('dw_date', () => {
  it('reads ISO, numeric and named-month dates, in the day-month order it is told', async () => {
    const rows = await evaluateColumns(
      db,
      { dmy: 'dw_date(s, true)', mdy: 'dw_date(s, false)' },
      DATES.map(([input]) => input),
    );
    expect(DATES.map(([input], i) => [input, rows[i]!.dmy, rows[i]!.mdy])).toEqual(DATES);
  });

  it('leaves a numeric date unread while the order is undecided, but not an unambiguous one', async () => {
    const inputs = ['03/04/2025', '2025-01-13', 'Jan 13, 2025'];
    expect(await resultsOf(db, 'dw_date(s, NULL)', inputs)).toEqual([
      ['03/04/2025', null],
      ['2025-01-13', '2025-01-13'],
      ['Jan 13, 2025', '2025-01-13'],
    ]);
  });
});

/** [input, UTC timestamp as text] with month-first numeric dates */
const TIMESTAMPS: [Text, Text][] = [
  ['2025-01-14', '2025-01-14 00:00:00'],
  ['2025-01-14T18:00:00', '2025-01-14 18:00:00'],
  ['2025-01-14 18:00', '2025-01-14 18:00:00'],
  ['2025-01-14T18:00:00Z', '2025-01-14 18:00:00'],
  ['2025-01-14 18:00:00 UTC', '2025-01-14 18:00:00'],
  ['2025-01-14T18:00:00+08:00', '2025-01-14 10:00:00'],
  ['2025-01-14T18:00:00+0800', '2025-01-14 10:00:00'],
  ['2025-01-14T18:00+08', '2025-01-14 10:00:00'],
  ['2025-01-14 02:00:00-05:00', '2025-01-14 07:00:00'],
  ['2025-01-14T22:30:00-05:30', '2025-01-15 04:00:00'],
  ['2025-01-01T03:00:00+05:00', '2024-12-31 22:00:00'],
  ['2025-01-14T18:00:00.123Z', '2025-01-14 18:00:00.123'],
  ['2025-01-14T18:00:00.1234567Z', '2025-01-14 18:00:00.123456'],
  ['2025/01/14 18:00', '2025-01-14 18:00:00'],
  ['1/13/2025', '2025-01-13 00:00:00'],
  ['1/13/2025 3:45 PM', '2025-01-13 15:45:00'],
  ['1/13/2025 12:05 AM', '2025-01-13 00:05:00'],
  ['1/13/2025 12:05 pm', '2025-01-13 12:05:00'],
  ['1/13/2025 13:05', '2025-01-13 13:05:00'],
  ['13 Jan 2025 10:00', '2025-01-13 10:00:00'],
  ['Jan 13, 2025, 9:30 AM', '2025-01-13 09:30:00'],
  ['Mon, 13 Jan 2025 10:00:00 +0100', '2025-01-13 09:00:00'],
  ['1/13/2025 13:05 PM', null],
  ['1/13/2025 0:05 AM', null],
  ['2025-01-13T24:00:00', null],
  ['2025-01-13T10:00:00+19:00', null],
  ['2025-02-30T10:00:00Z', null],
  ['13/01/2025 10:00', null],
  ['garbage', null],
  [null, null],
];

describe('dw_timestamp', () => {
  it('applies the UTC offset as written and takes a time without one as UTC', async () => {
    const inputs = TIMESTAMPS.map(([input]) => input);
    expect(await resultsOf(db, 'dw_timestamp(s, false)', inputs)).toEqual(TIMESTAMPS);
  });
});

const EVIDENCE: [Text, Text][] = [
  ['13/01/2025', 'dmy'],
  ['29/02/2024', 'dmy'],
  ['13.1.2025', 'dmy'],
  ['01/13/2025', 'mdy'],
  ['1-13-2025', 'mdy'],
  ['1/13/2025 3:45 PM', 'mdy'],
  ['03/04/2025', 'either'],
  ['05/05/2025', 'either'],
  ['13/13/2025', 'neither'],
  ['31/04/2025', 'neither'],
  ['30/02/2025', 'neither'],
  ['2025-01-13', null],
  ['2025/01/13', null],
  ['Jan 13, 2025', null],
  ['1/2-2025', null],
  ['13/01/25', null],
  ['garbage', null],
  [null, null],
];

describe('dw_date_order_evidence', () => {
  it('says which day-month orders make a numeric date real, and nothing about other shapes', async () => {
    const inputs = EVIDENCE.map(([input]) => input);
    expect(await resultsOf(db, 'dw_date_order_evidence(s)', inputs)).toEqual(EVIDENCE);
  });
});
