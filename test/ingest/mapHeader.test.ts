import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ALIASES, lookupKey } from '../../src/domain/appAliases';
import {
  HEADER_SYNONYMS,
  KIND_FIELDS,
  REQUIRED_FIELDS,
} from '../../src/ingest/mapping/headerSynonyms';
import { appSlug, detectKind, mapHeader } from '../../src/ingest/mapping/mapHeader';
import type { CanonicalField, ColumnMapping, FileKind } from '../../src/ingest/types';

const fieldsOf = (mapping: readonly ColumnMapping[]) => mapping.map((m) => m.field);

/** Headers from real exports and hand-made files, with the kind and fields they must map to. */
const DETECT_CASES: readonly [string, string[], FileKind, ColumnMapping['field'][]][] = [
  [
    'our own rankings',
    ['date', 'app', 'store', 'country', 'chart', 'category', 'rank', 'downloads', 'source'],
    'app_rankings',
    ['date', 'app', 'store', 'country', 'chart', 'category', 'rank', 'downloads', 'source'],
  ],
  [
    'a data.ai-style export',
    ['Date', 'App Name', 'Device', 'Country', 'Category', 'Rank'],
    'app_rankings',
    ['date', 'app', 'store', 'country', 'category', 'rank'],
  ],
  [
    'a Sensor Tower-style export',
    ['Date', 'Unified Name', 'Country Code', 'Platform', 'Downloads (Absolute)'],
    'app_rankings',
    ['date', 'app', 'country', 'store', 'downloads'],
  ],
  [
    'an Appfigures-style export',
    ['Report Date', 'Product Name', 'Store', 'Storefront', 'Collection', 'Rank Position'],
    'app_rankings',
    ['date', 'app', 'store', 'country', 'chart', 'rank'],
  ],
  [
    'rankings with odd case, spaces and punctuation',
    ['\uFEFF DATE ', 'app_name', 'Chart-Position', 'daily downloads'],
    'app_rankings',
    ['date', 'app', 'rank', 'downloads'],
  ],
  [
    'rankings with only downloads',
    ['day', 'title', 'installs'],
    'app_rankings',
    ['date', 'app', 'downloads'],
  ],
  [
    'rankings with a timestamp for a date',
    ['timestamp', 'app', 'position'],
    'app_rankings',
    ['date', 'app', 'rank'],
  ],
  [
    'our own hashtag views',
    ['observed_at', 'platform', 'hashtag', 'views', 'posts', 'source'],
    'hashtag_views',
    ['observed_at', 'platform', 'hashtag', 'views', 'posts', 'source'],
  ],
  [
    'hashtag views by day, without a platform',
    ['Date', 'Tag', 'Play Count', 'Note Count'],
    'hashtag_views',
    ['date', 'hashtag', 'views', 'posts'],
  ],
  [
    'hashtag views with a site column',
    ['scraped at', 'site', 'topic', 'view count'],
    'hashtag_views',
    ['observed_at', 'platform', 'hashtag', 'views'],
  ],
  [
    'our own events',
    ['date', 'label', 'kind', 'source'],
    'events',
    ['date', 'label', 'kind', 'source'],
  ],
  [
    'events with a title and a type',
    ['Date', 'Title', 'Event Type', 'Citation'],
    'events',
    ['date', 'label', 'kind', 'source'],
  ],
  [
    'a wide file of known apps',
    ['Date', 'TikTok', 'RedNote', 'Lemon 8'],
    'app_rankings_wide',
    ['date', 'app:tiktok', 'app:xiaohongshu', 'app:lemon8'],
  ],
  [
    'a wide file with an unknown app and a country',
    ['date', 'country', '小红书', 'Bluesky Social'],
    'app_rankings_wide',
    ['date', 'country', 'app:xiaohongshu', 'app:bluesky-social'],
  ],
  [
    'a wide file that names Douyin apart from TikTok',
    ['date', 'Douyin', 'Tik Tok'],
    'app_rankings_wide',
    ['date', 'app:douyin', 'app:tiktok'],
  ],
];

describe('detectKind', () => {
  it.each(DETECT_CASES)('detects %s', (_, header, kind, fields) => {
    const detected = detectKind(header);
    expect(detected.kind).toBe(kind);
    expect(fieldsOf(detected.mapping)).toEqual(fields);
    expect(detected.missing).toEqual([]);
    expect(detected.reason).toMatch(/^Detected /);
  });

  it('reports each column as written, with its position', () => {
    expect(detectKind(['\uFEFF Date ', 'App']).mapping[0]).toEqual({
      header: 'Date',
      index: 0,
      field: 'date',
    });
  });

  it('lists unknown extra columns without failing', () => {
    const detected = detectKind(['date', 'app', 'rank', 'Revenue (Absolute)', '']);
    expect(detected.kind).toBe('app_rankings');
    expect(detected.unknown).toEqual(['Revenue (Absolute)', '']);
  });

  it('keeps the first of two columns for one field and notes the second', () => {
    const detected = detectKind(['date', 'downloads', 'app', 'installs', 'rank']);
    expect(fieldsOf(detected.mapping)).toEqual(['date', 'downloads', 'app', null, 'rank']);
    expect(detected.unknown).toEqual(['installs']);
    expect(detected.notes).toEqual([
      'Columns "downloads" and "installs" both look like downloads: "downloads" is used.',
    ]);
  });

  it('prefers the kind that maps the most columns', () => {
    expect(detectKind(['date', 'title', 'rank', 'description']).kind).toBe('app_rankings');
    expect(detectKind(['date', 'title', 'hashtag', 'views']).kind).toBe('hashtag_views');
  });

  it('takes a ranking file’s platform column as the store when its values are stores', () => {
    const rows = [
      ['2025-01-13', 'TikTok', 'iPhone', '1'],
      ['2025-01-13', 'TikTok', 'Android', '3'],
    ];
    const detected = detectKind(['date', 'app', 'platform', 'rank'], rows);
    expect(fieldsOf(detected.mapping)).toEqual(['date', 'app', 'store', 'rank']);
  });

  it('leaves out a ranking file’s platform column whose values are not stores', () => {
    const rows = [['2025-01-13', 'TikTok', 'TikTok', '1']];
    const detected = detectKind(['date', 'app', 'platform', 'rank'], rows);
    expect(fieldsOf(detected.mapping)).toEqual(['date', 'app', null, 'rank']);
    expect(detected.notes[0]).toMatch(/"platform" holds no store names/);
  });

  it('reads a ranking file’s platform column as the app when it names apps and nothing else does', () => {
    const rows = [
      ['2025-01-13', 'RedNote', 'iOS', '1'],
      ['2025-01-13', 'Lemon8', 'iOS', '2'],
    ];
    const detected = detectKind(['date', 'platform', 'os', 'rank'], rows);
    expect(detected.kind).toBe('app_rankings');
    expect(fieldsOf(detected.mapping)).toEqual(['date', 'app', 'store', 'rank']);
    expect(detected.notes[0]).toMatch(/"platform" holds app names, not stores/);
  });

  it.each<[string, string[], RegExp]>([
    ['no header at all', [], /^The file has no header row\.$/],
    ['a blank header', ['', ' '], /^The file has no header row\.$/],
    ['a first row of data', ['2025-01-13', 'TikTok', '1'], /looks like data, not a header/],
    [
      'no date column',
      ['app', 'rank'],
      /^No column looks like a date: expected one of date, day, snapshot date, as of, …$/,
    ],
    [
      'rankings without a rank or downloads',
      ['date', 'app', 'store'],
      /^No column looks like a rank or downloads \(needed for app rankings\): expected one of rank, .*downloads, installs/,
    ],
    ['hashtags without views', ['date', 'hashtag'], /view counts \(needed for hashtag views\)/],
    [
      'a wide file of unknown names only',
      ['date', 'Alpha', 'Beta', 'country', 'store'],
      /named after a known app/,
    ],
    ['a wide file with one app', ['date', 'TikTok'], /two or more app columns/],
  ])('explains in one sentence a failure on %s', (_, header, reason) => {
    const detected = detectKind(header);
    expect(detected.kind).toBeNull();
    expect(detected.reason).toMatch(reason);
    expect(detected.reason.split(/\.\s/)).toHaveLength(1);
  });

  it('never throws, whatever the header', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('date', 'app', 'TikTok', 'platform'),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (header) => {
        const detected = detectKind(header);
        expect(detected.mapping).toHaveLength(header.length);
        expect(detected.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('mapHeader for a kind the user chose', () => {
  it('maps title to the label of events and to the app of rankings', () => {
    expect(fieldsOf(mapHeader(['date', 'title'], 'events').mapping)).toEqual(['date', 'label']);
    expect(fieldsOf(mapHeader(['date', 'title'], 'app_rankings').mapping)).toEqual(['date', 'app']);
  });

  it('maps platform to where views were seen in hashtag files', () => {
    const { mapping } = mapHeader(['date', 'platform', 'tag', 'plays'], 'hashtag_views');
    expect(fieldsOf(mapping)).toEqual(['date', 'platform', 'hashtag', 'views']);
  });

  it('lists the required fields a chosen kind misses, both when either will do', () => {
    expect(mapHeader(['app', 'title'], 'app_rankings').missing).toEqual([
      'date',
      'rank',
      'downloads',
    ]);
    expect(mapHeader(['tag'], 'hashtag_views').missing).toEqual(['observed_at', 'date', 'views']);
    expect(mapHeader(['date', 'TikTok'], 'app_rankings_wide').missing).toEqual(['app']);
  });

  it('slugs unknown app columns of a wide file as SQL’s dw_slug does', () => {
    expect(appSlug('  Bluesky: Social!! ')).toBe('bluesky-social');
    expect(appSlug('Ünïcode Äpp 2')).toBe('ünïcode-äpp-2');
    expect(appSlug('!!!')).toBe('');
  });
});

describe('the synonym table', () => {
  const keysOf = (field: CanonicalField) => HEADER_SYNONYMS[field].map(lookupKey);

  it.each(Object.entries(KIND_FIELDS))(
    'gives every header one meaning in %s files',
    (_, fields) => {
      const keys = Object.values(fields).flatMap((groups) => groups.flatMap(keysOf));
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    },
  );

  it('has no synonym that is empty once punctuation is ignored', () => {
    const fields = Object.keys(HEADER_SYNONYMS) as CanonicalField[];
    expect(fields.flatMap(keysOf).filter((key) => key === '')).toEqual([]);
  });

  it('has no synonym that is also the name of a known app', () => {
    const apps = new Set(Object.values(APP_ALIASES).flat().map(lookupKey));
    const fields = Object.keys(HEADER_SYNONYMS) as CanonicalField[];
    expect(fields.flatMap(keysOf).filter((key) => apps.has(key))).toEqual([]);
  });

  it('requires only fields that each kind can map', () => {
    for (const [kind, groups] of Object.entries(REQUIRED_FIELDS)) {
      const readable = Object.keys(KIND_FIELDS[kind as FileKind]);
      expect(groups.flat().filter((field) => !readable.includes(field))).toEqual([]);
    }
  });
});
