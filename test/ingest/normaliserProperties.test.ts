import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { lookupKey } from '../../src/domain/appAliases';
import { createNormalisers } from '../../src/ingest/sql/normaliserSql';
import { evaluateColumns, samplesOf } from './evaluateSql';
import { mutated, suffixedCount, writtenDate, writtenTimestamp } from './sampleFormats';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
  await createNormalisers(db);
});
afterAll(async () => db.close());

/** Lone surrogates cannot even be bound as a VARCHAR (nor read from a UTF-8 file). */
const wellFormed = (text: string) => !/\p{Cs}/u.test(text);

const ANY_TEXT = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).filter(wellFormed),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  mutated(writtenDate.map(({ text }) => text)),
  mutated(writtenTimestamp.map(({ text }) => text)),
  mutated(suffixedCount.map(({ text }) => text)),
);

const EVERY_MACRO = {
  count: 'dw_count(s)',
  dayFirst: 'dw_date(s, true)',
  monthFirst: 'dw_date(s, false)',
  timestamp: 'dw_timestamp(s, true)',
  evidence: 'dw_date_order_evidence(s)',
  key: 'dw_key(s)',
  slug: 'dw_slug(s)',
  hashtag: 'dw_hashtag(s)',
  category: 'dw_category(s)',
};

/** No whitespace, punctuation or symbols: letters, marks, digits and other characters only. */
const SLUG = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;
const CATEGORY = /^[\p{L}\p{M}\p{N}]+(?:_[\p{L}\p{M}\p{N}]+)*$/u;

describe('the normalisers, on arbitrary text', () => {
  it('never raise an error, and answer NULL or a value of the promised shape', async () => {
    const { values, seed } = samplesOf(ANY_TEXT, 200);
    const rows = await evaluateColumns(db, EVERY_MACRO, values);
    const misshapen = values
      .map((text, i) => ({ text, ...rows[i]! }))
      .filter(
        (row) =>
          !(row.evidence === null || ['dmy', 'mdy', 'either', 'neither'].includes(row.evidence)) ||
          !(row.slug === null || SLUG.test(row.slug)) ||
          !(row.category === null || row.category === 'overall' || CATEGORY.test(row.category)) ||
          row.key === '' ||
          row.hashtag === '',
      );
    expect(misshapen, seed).toEqual([]);
  });

  it('give slugs, hashtags and categories that stay as they are when normalised again', async () => {
    const { values, seed } = samplesOf(ANY_TEXT, 200);
    const rows = await evaluateColumns(
      db,
      {
        slug: 'dw_slug(s)',
        slugAgain: 'dw_slug(dw_slug(s))',
        hashtag: 'dw_hashtag(s)',
        hashtagAgain: 'dw_hashtag(dw_hashtag(s))',
        category: 'dw_category(s)',
        categoryAgain: 'CASE WHEN dw_category(s) IS NOT NULL THEN dw_category(dw_category(s)) END',
      },
      values,
    );
    const changed = values
      .map((text, i) => ({ text, ...rows[i]! }))
      .filter(
        (row) =>
          row.slug !== row.slugAgain ||
          row.hashtag !== row.hashtagAgain ||
          row.category !== row.categoryAgain,
      );
    expect(changed, seed).toEqual([]);
  });

  it('key names in SQL as lookupKey does in TypeScript, compatibility characters aside', async () => {
    // NFKC (TypeScript) and NFC (DuckDB has no NFKC) differ on compatibility characters such as
    // full-width letters or ™, and JavaScript lower-cases İ differently: none is in the alphabet.
    const alphabet = [
      ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
      ...'éüñçøåÉÜÑßłŁ小红书紅書抖音・—–“”‘’«»€…¿¡',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\t',
      'e\u0301',
    ];
    const names = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 });
    const { values, seed } = samplesOf(names, 200);
    const rows = await evaluateColumns(db, { key: 'dw_key(s)' }, values);
    const differing = values
      .map((text, i) => ({ text, sql: rows[i]!.key, typescript: lookupKey(text) || null }))
      .filter(({ sql, typescript }) => sql !== typescript);
    expect(differing, seed).toEqual([]);
  });
});
