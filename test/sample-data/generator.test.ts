import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../../scripts/generate-sample-data';
import {
  DATA,
  hashtags,
  parseCsv,
  RANKING_COLUMNS,
  rankings,
  readData,
  type RankingRow,
} from './sampleFiles';

const generated = generateSampleData();

function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  const a = actual.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: generated ${JSON.stringify(a[at])}, committed ${JSON.stringify(b[at])}`;
}

describe('the bundled sample data', () => {
  it('is reproduced byte for byte by regenerating with the default seed', () => {
    for (const name of ['app_rankings.csv', 'hashtag_views.csv', 'events.csv']) {
      expect(generated[name], name).toBeDefined();
      expect(firstDifference(generated[name] ?? '', readData(name)), name).toBeNull();
    }
  });

  it('changes only the illustrative rows when the seed changes', () => {
    const otherText = generateSampleData(7)['app_rankings.csv'] ?? '';
    // Downloads stay illustrative on published rows, so they may change with the seed.
    const published = (rows: RankingRow[]): string[] =>
      rows
        .filter((r) => r.source !== 'illustrative')
        .map((r) => [r.date, r.app, r.store, r.country, r.category, r.rank, r.source].join('|'));
    expect(otherText).not.toBe(generated['app_rankings.csv']);
    expect(published(parseCsv(otherText, RANKING_COLUMNS))).toEqual(published(rankings));
  });

  it('writes RFC 4180 files with LF line endings, a header row and a trailing newline', () => {
    for (const name of ['app_rankings.csv', 'hashtag_views.csv', 'events.csv']) {
      const text = readData(name);
      expect(text.includes('\r'), name).toBe(false);
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), name).toBe(true);
    }
    // parseCsv has already checked each header, in order.
    expect(rankings.length).toBeGreaterThan(10_000);
    expect(hashtags.length).toBeGreaterThan(500);
  });

  it('keeps app_rankings.csv under 2 MB', () => {
    expect(statSync(`${DATA}app_rankings.csv`).size).toBeLessThan(2_000_000);
  });
});
