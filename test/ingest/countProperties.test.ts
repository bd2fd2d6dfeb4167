import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { createNormalisers } from '../../src/ingest/sql/normaliserSql';
import { evaluateColumns, evaluateEach, samplesOf } from './evaluateSql';
import { mutated, suffixedCount, writtenCount, type CountSample } from './sampleFormats';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
  await createNormalisers(db);
});
afterAll(async () => db.close());

async function expectCountsRead(samples: readonly CountSample[], seed: string) {
  const read = await evaluateEach(
    db,
    'dw_count(s)',
    samples.map(({ text }) => text),
  );
  const wrong = samples
    .map(({ text, value }, i) => ({ text, expected: value.toString(), read: read[i] }))
    .filter(({ expected, read }) => expected !== read);
  expect(wrong, seed).toEqual([]);
}

describe('dw_count, on generated values', () => {
  it('reads back any BIGINT, however its thousands are separated', async () => {
    const { values, seed } = samplesOf(writtenCount, 200);
    await expectCountsRead(values, seed);
  });

  it('reads any decimal with a unit, rounded half away from zero', async () => {
    const { values, seed } = samplesOf(suffixedCount, 200);
    await expectCountsRead(values, seed);
  });

  it('reads values K/M/B-formatted from whole numbers back to exactly those numbers', async () => {
    const shortened = fc
      .record({
        value: fc.bigInt({ min: 0n, max: 10n ** 15n }),
        unit: fc.constantFrom<[string, number]>(['K', 3], ['M', 6], ['B', 9], ['万', 4], ['亿', 8]),
      })
      .map(({ value, unit: [suffix, exponent] }): CountSample => {
        const digits = value.toString().padStart(exponent + 1, '0');
        const whole = digits.slice(0, -exponent);
        const fraction = digits.slice(-exponent).replace(/0+$/, '');
        return { text: `${whole}${fraction ? `.${fraction}` : ''}${suffix}`, value };
      });
    const { values, seed } = samplesOf(shortened, 200);
    await expectCountsRead(values, seed);
  });

  it('answers on its fast paths exactly as its general parser does', async () => {
    const texts = fc.oneof(
      writtenCount.map(({ text }) => text),
      suffixedCount.map(({ text }) => text),
      mutated(writtenCount.map(({ text }) => text)),
      mutated(suffixedCount.map(({ text }) => text)),
    );
    const { values, seed } = samplesOf(texts, 300);
    const rows = await evaluateColumns(
      db,
      { fast: 'dw_count(s)', general: 'dw__count_general(s)' },
      values,
    );
    const differing = values
      .map((text, i) => ({ text, ...rows[i] }))
      .filter((row) => row.fast !== row.general);
    expect(differing, seed).toEqual([]);
  });
});
