import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { openNodeDatabase } from '../../src/db/nodeDatabase';
import { APP_ALIASES, lookupKey } from '../../src/domain/appAliases';
import { COUNTRY_NAMES, ISO_COUNTRY_CODES, countryCode } from '../../src/domain/countries';
import { CHART_ALIASES, STORE_ALIASES, chartId, storeId } from '../../src/domain/stores';
import { createNormalisers } from '../../src/ingest/sql/normaliserSql';
import { evaluateEach, resultsOf, type Text } from './evaluateSql';

let db: Database;
beforeAll(async () => {
  db = await openNodeDatabase();
  await createNormalisers(db);
});
afterAll(async () => db.close());

const KEYS: [Text, Text][] = [
  ['Xiaohongshu (RedNote)', 'xiaohongshurednote'],
  ['TikTok - Videos, Music & LIVE', 'tiktokvideosmusiclive'],
  ['U.S.A.', 'usa'],
  ['Lemon 8', 'lemon8'],
  ['小红书', '小红书'],
  ['Cafe\u0301', 'café'],
  ['Türkiye', 'türkiye'],
  ['\u00a0 \u3000', null],
  ['', null],
  [null, null],
];

const SLUGS: [Text, Text][] = [
  ['Bluesky Social', 'bluesky-social'],
  ['抖音', '抖音'],
  ['  Threads, an Instagram app ', 'threads-an-instagram-app'],
  ['X (formerly Twitter)', 'x-formerly-twitter'],
  ['UPPER_case', 'upper-case'],
  ['Cafe\u0301 Society', 'café-society'],
  ['हिन्दी', 'हिन्दी'],
  ['TikTok', 'tiktok'],
  ['---', null],
  ['', null],
  [null, null],
];

const HASHTAGS: [Text, Text][] = [
  ['#TikTok Refugee', 'tiktokrefugee'],
  ['##FYP', 'fyp'],
  [' #rednote ', 'rednote'],
  ['#小红书', '小红书'],
  ['＃TikTok', 'tiktok'],
  ['tik\u00a0tok', 'tiktok'],
  ['#', null],
  ['', null],
  [null, null],
];

const CATEGORIES: [Text, Text][] = [
  [null, 'overall'],
  ['', 'overall'],
  ['  ', 'overall'],
  ['All', 'overall'],
  ['Overall', 'overall'],
  ['All Categories', 'overall'],
  ['all apps', 'overall'],
  ['Social Networking', 'social_networking'],
  ['Photo & Video', 'photo_video'],
  ['Games / Puzzle', 'games_puzzle'],
  ['Entertainment', 'entertainment'],
  ['---', null],
];

describe('the text normalisers', () => {
  it.each([
    ['dw_key', KEYS],
    ['dw_slug', SLUGS],
    ['dw_hashtag', HASHTAGS],
    ['dw_category', CATEGORIES],
  ])('%s reads names as the ingest needs them', async (macro, cases) => {
    const inputs = cases.map(([input]) => input);
    expect(await resultsOf(db, `${macro}(s)`, inputs)).toEqual(cases);
  });
});

type Aliases = Readonly<Record<string, readonly string[]>>;

/** [name, id] for every id (a name of itself) and every alias of it. */
function namesAndIds(aliases: Aliases): [string, string][] {
  return Object.entries(aliases).flatMap(([id, names]) => [
    [id, id] as [string, string],
    ...names.map((name): [string, string] => [name, id]),
  ]);
}

async function resolveInSql(table: string, idColumn: string, names: readonly string[]) {
  return evaluateEach(db, `(SELECT ${idColumn} FROM ${table} WHERE alias_key = dw_key(s))`, names);
}

const TABLES = [
  { table: 'dw_app_alias', idColumn: 'app', aliases: APP_ALIASES as Aliases },
  { table: 'dw_country_alias', idColumn: 'code', aliases: COUNTRY_NAMES },
  { table: 'dw_store_alias', idColumn: 'store', aliases: STORE_ALIASES as Aliases },
  { table: 'dw_chart_alias', idColumn: 'chart', aliases: CHART_ALIASES as Aliases },
];

describe('the alias tables', () => {
  it.each(TABLES)('$table resolves every name in the constants to its id', async (spec) => {
    const pairs = namesAndIds(spec.aliases);
    const ids = await resolveInSql(
      spec.table,
      spec.idColumn,
      pairs.map(([name]) => name),
    );
    expect(pairs.map(([name], i) => [name, ids[i]])).toEqual(pairs);
  });

  it('keys every name in SQL exactly as lookupKey does in TypeScript', async () => {
    const names = TABLES.flatMap(({ aliases }) => namesAndIds(aliases).map(([name]) => name));
    const keys = await evaluateEach(db, 'dw_key(s)', names);
    expect(names.map((name, i) => [name, keys[i]])).toEqual(
      names.map((name) => [name, lookupKey(name) || null]),
    );
  });

  it('resolves names the way the TypeScript resolvers do', async () => {
    const cases: [string, (name: string) => string | null, string, string][] = [
      ['United States of America', countryCode, 'dw_country_alias', 'code'],
      ['U.S.', countryCode, 'dw_country_alias', 'code'],
      ['us', countryCode, 'dw_country_alias', 'code'],
      ['UK', countryCode, 'dw_country_alias', 'code'],
      ['England', countryCode, 'dw_country_alias', 'code'],
      ['Korea', countryCode, 'dw_country_alias', 'code'],
      ['Viet Nam', countryCode, 'dw_country_alias', 'code'],
      ['Czechia', countryCode, 'dw_country_alias', 'code'],
      ['Türkiye', countryCode, 'dw_country_alias', 'code'],
      ['Narnia', countryCode, 'dw_country_alias', 'code'],
      ['iPad', storeId, 'dw_store_alias', 'store'],
      ['Google Play Store', storeId, 'dw_store_alias', 'store'],
      ['Windows Store', storeId, 'dw_store_alias', 'store'],
      ['Top Free iPhone Apps', chartId, 'dw_chart_alias', 'chart'],
      ['topgrossingapplications', chartId, 'dw_chart_alias', 'chart'],
      ['Top New', chartId, 'dw_chart_alias', 'chart'],
    ];
    for (const [name, resolve, table, idColumn] of cases) {
      const [inSql] = await resolveInSql(table, idColumn, [name]);
      expect([name, inSql]).toEqual([name, resolve(name)]);
    }
    expect(['UK', 'us', 'Korea', 'Türkiye', 'Narnia'].map(countryCode)).toEqual([
      'GB',
      'US',
      'KR',
      'TR',
      null,
    ]);
  });

  it('maps aliases to the app they name, keeping Douyin apart from TikTok', async () => {
    const names = [
      'RedNote',
      'Red Note',
      '小紅書',
      'XHS',
      'Tik Tok',
      'musical.ly',
      'Douyin',
      '抖音',
    ];
    expect(await resolveInSql('dw_app_alias', 'app', names)).toEqual([
      'xiaohongshu',
      'xiaohongshu',
      'xiaohongshu',
      'xiaohongshu',
      'tiktok',
      'tiktok',
      'douyin',
      'douyin',
    ]);
  });

  it('knows all 249 ISO 3166-1 codes, in upper and lower case', async () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(ISO_COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    const lower = ISO_COUNTRY_CODES.map((code) => code.toLowerCase());
    expect(await resolveInSql('dw_country_alias', 'code', lower)).toEqual(ISO_COUNTRY_CODES);
  });

  it('can be created again on the same connection, and leaves the persisted catalog alone', async () => {
    await createNormalisers(db);
    const [counts] = await db.query<{ apps: number; persisted: number }>(
      `SELECT (SELECT count(*) FROM dw_app_alias) AS apps,
              (SELECT count(*) FROM duckdb_tables() WHERE NOT temporary)
              + (SELECT count(*) FROM duckdb_functions() WHERE function_name LIKE 'dw%' AND database_name <> 'temp')
              AS persisted`,
    );
    expect(counts?.persisted).toBe(0);
    expect(counts?.apps).toBeGreaterThan(Object.keys(APP_ALIASES).length);
  });
});
