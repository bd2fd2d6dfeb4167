import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { createNormalisers } from '../../src/ingest/sql/normaliserSql';
import { evaluateColumns, evaluateEach, samplesOf } from './evaluateSql';
import { mutated, writtenDate, writtenTimestamp } from './sampleFormats';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
  await createNormalisers(db);
});
afterAll(async () => db.close());

describe('dw_date, dw_timestamp and dw_date_order_evidence, on generated values', () => {
  it('reads any day of 2000-2030 back from every accepted format, in the order it needs', async () => {
    const { values, seed } = samplesOf(writtenDate, 200);
    const rows = await evaluateColumns(
      db,
      { dayFirst: 'dw_date(s, true)', monthFirst: 'dw_date(s, false)' },
      values.map(({ text }) => text),
    );
    const wrong = values
      .map((sample, i) => ({ ...sample, ...rows[i] }))
      .filter(({ iso, dmy, dayFirst, monthFirst }) =>
        dmy === null
          ? dayFirst !== iso || monthFirst !== iso
          : (dmy ? dayFirst : monthFirst) !== iso,
      );
    expect(wrong, seed).toEqual([]);
  });

  it('reads any instant written as local time with its offset back as that instant in UTC', async () => {
    const { values, seed } = samplesOf(writtenTimestamp, 200);
    const micros = await evaluateEach(
      db,
      'epoch_us(dw_timestamp(s, false))',
      values.map(({ text }) => text),
    );
    const wrong = values
      .map(({ text, epochMicros }, i) => ({
        text,
        expected: epochMicros.toString(),
        read: micros[i],
      }))
      .filter(({ expected, read }) => expected !== read);
    expect(wrong, seed).toEqual([]);
  });

  it('finds a numeric date day-first only when its day is past 12, and either way otherwise', async () => {
    const numeric = writtenDate.filter(({ dmy }) => dmy !== null);
    const { values, seed } = samplesOf(numeric, 200);
    const evidence = await evaluateEach(
      db,
      'dw_date_order_evidence(s)',
      values.map(({ text }) => text),
    );
    const wrong = values
      .map(({ text, dmy, iso }, i) => {
        const day = Number(iso.slice(8, 10));
        const expected = day > 12 ? (dmy ? 'dmy' : 'mdy') : 'either';
        return { text, expected, evidence: evidence[i] };
      })
      .filter(({ expected, evidence }) => expected !== evidence);
    expect(wrong, seed).toEqual([]);
  });

  it('answers on its fast paths exactly as its general parser does', async () => {
    const texts = fc.oneof(
      writtenDate.map(({ text }) => text),
      writtenTimestamp.map(({ text }) => text),
      mutated(writtenDate.map(({ text }) => text)),
      mutated(writtenTimestamp.map(({ text }) => text)),
    );
    const { values, seed } = samplesOf(texts, 300);
    const rows = await evaluateColumns(
      db,
      {
        dateDmy: 'dw_date(s, true)',
        generalDateDmy: 'dw__date_general(s, true)',
        dateMdy: 'dw_date(s, false)',
        generalDateMdy: 'dw__date_general(s, false)',
        timestamp: 'dw_timestamp(s, false)',
        generalTimestamp: 'dw__timestamp_general(s, false)',
        evidence: 'dw_date_order_evidence(s)',
      },
      values,
    );
    const orders = ['neither', 'mdy', 'dmy', 'either'];
    const differing = values
      .map((text, i) => ({ text, ...rows[i]! }))
      .filter(
        (row) =>
          row.dateDmy !== row.generalDateDmy ||
          row.dateMdy !== row.generalDateMdy ||
          row.timestamp !== row.generalTimestamp ||
          (row.evidence !== null &&
            row.evidence !==
              orders[
                2 * Number(row.generalDateDmy !== null) + Number(row.generalDateMdy !== null)
              ]),
      );
    expect(differing, seed).toEqual([]);
  });
});
