import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT } from '../../src/state/exportSettings';
import { reproBundle, sqlScript } from '../../src/ui/export/reproBundle';

describe('the reproducibility bundle', () => {
  it('writes each query with its parameters as literals', () => {
    expect(
      sqlScript([
        { sql: 'SELECT * FROM t WHERE app IN (?, ?) AND n > ?', params: ['tiktok', "o'neil", 3] },
        { sql: '  SELECT 1  ', params: [] },
      ]),
    ).toBe(
      [
        '-- Query 1 of 2',
        "-- Parameters, in the order of the ? marks: 'tiktok', 'o''neil', 3",
        'SELECT * FROM t WHERE app IN (?, ?) AND n > ?;',
        '',
        '-- Query 2 of 2',
        'SELECT 1;',
        '',
      ].join('\n'),
    );
  });

  it('holds the chart, its data, its text, its SQL, its view and its snapshots', () => {
    const files = reproBundle({
      baseName: 'rank-history-2026-12-01',
      svg: '<svg/>',
      png: new Uint8Array([137, 80, 78, 71]),
      csv: 'Date,App,Rank\n2025-01-13,Xiaohongshu (RedNote),1',
      alt: 'Line chart.',
      queries: [{ sql: 'SELECT 1', params: [] }],
      filters: { from: '2025-01-06', to: '2025-01-25' },
      settings: { ...DEFAULT_EXPORT, chart: 'rank-history' },
      permalink: 'http://localhost/?export=rank-history',
      snapshots: [
        {
          fileName: '=evil.csv',
          kind: 'app_rankings',
          contentHash: 'ab'.repeat(32),
          source: 'Appfigures',
          loadedAt: new Date('2026-12-01T10:00:00Z'),
        },
      ],
    });
    const byName = Object.fromEntries(files.map((f) => [f.name, f.data]));
    expect(Object.keys(byName)).toEqual([
      'README.txt',
      'rank-history-2026-12-01.svg',
      'rank-history-2026-12-01.png',
      'rank-history-2026-12-01.csv',
      'rank-history-2026-12-01-alt-text.txt',
      'query.sql',
      'view.json',
      'snapshots.csv',
    ]);
    expect(byName['rank-history-2026-12-01-alt-text.txt']).toBe('Line chart.\n');
    expect(JSON.parse(byName['view.json'] as string)).toMatchObject({
      permalink: 'http://localhost/?export=rank-history',
      filters: { from: '2025-01-06' },
      export: { chart: 'rank-history', size: 'web' },
    });
    expect(byName['snapshots.csv']).toBe(
      `File name,Kind,Content hash (SHA-256),Source,Loaded at (UTC)\n"'=evil.csv",app_rankings,${'ab'.repeat(32)},Appfigures,2026-12-01T10:00:00.000Z`,
    );
    expect(byName['README.txt']).toContain('Link: http://localhost/?export=rank-history');
  });
});
