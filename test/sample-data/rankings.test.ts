import { describe, expect, it } from 'vitest';
import { rankOnlySource } from '../../src/domain/provenance';
import { find, num, rankings, usOverall, type RankingRow } from './sampleFiles';

// The published milestones themselves are checked on the loaded tables in test/milestones.test.ts.

describe('app_rankings.csv', () => {
  const chartOf = (r: RankingRow): string =>
    [r.date, r.store, r.country, r.chart, r.category].join('|');

  it('has a chart for every day from 2024-12-01 to 2025-03-31', () => {
    const days = new Set(rankings.map((r) => r.date));
    expect(days.size).toBe(121);
    expect([...days].sort().at(0)).toBe('2024-12-01');
    expect([...days].sort().at(-1)).toBe('2025-03-31');
  });

  it('uses canonical app ids, both stores, five countries, the top free chart and two categories', () => {
    const values = (column: keyof RankingRow): string[] =>
      [...new Set(rankings.map((r) => r[column]))].sort();
    expect(values('app')).toEqual([
      'capcut',
      'clapper',
      'deepseek',
      'favorited',
      'flip',
      'instagram',
      'lemon8',
      'likee',
      'tiktok',
      'xiaohongshu',
    ]);
    expect(values('store')).toEqual(['google_play', 'ios']);
    expect(values('country')).toEqual(['AU', 'CA', 'DE', 'GB', 'US']);
    expect(values('chart')).toEqual(['top_free']);
    expect(values('category')).toEqual(['overall', 'social', 'social_networking']);
    for (const r of rankings.filter((row) => row.category !== 'overall')) {
      expect(r.category).toBe(r.store === 'ios' ? 'social_networking' : 'social');
      expect(['capcut', 'deepseek', 'flip']).not.toContain(r.app);
    }
  });

  it('never gives two apps the same rank in one chart, nor one app two ranks', () => {
    const seen = new Set<string>();
    for (const r of rankings) {
      for (const key of [`${chartOf(r)}|rank ${r.rank}`, `${chartOf(r)}|app ${r.app}`]) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('has integer ranks from 1 to 1500, mostly within the top 500, and non-negative integer downloads', () => {
    for (const r of rankings) {
      expect(r.rank, chartOf(r)).toMatch(/^[1-9][0-9]*$/);
      expect(num(r.rank)).toBeLessThanOrEqual(1500);
      expect(r.downloads, chartOf(r)).toMatch(/^(0|[1-9][0-9]*)$/);
    }
    const top500 = rankings.filter((r) => num(r.rank) <= 500).length;
    expect(top500 / rankings.length).toBeGreaterThan(0.8);
  });

  it('gives an app the same downloads on its overall and category rows', () => {
    const overall = new Map(
      rankings
        .filter((r) => r.category === 'overall')
        .map((r) => [`${r.date}|${r.store}|${r.country}|${r.app}`, r.downloads]),
    );
    for (const r of rankings.filter((row) => row.category !== 'overall')) {
      expect(overall.get(`${r.date}|${r.store}|${r.country}|${r.app}`), chartOf(r)).toBe(
        r.downloads,
      );
    }
  });

  it('is sorted by date, store, country, chart, category and rank', () => {
    const keys = rankings.map((r) => [chartOf(r), num(r.rank)] as const);
    for (let i = 1; i < keys.length; i += 1) {
      const [previous, current] = [keys[i - 1], keys[i]];
      if (previous === undefined || current === undefined) continue;
      const inOrder =
        previous[0] < current[0] || (previous[0] === current[0] && previous[1] < current[1]);
      expect(inOrder, `row ${i + 1}`).toBe(true);
    }
  });

  it('marks every row illustrative except the chart positions published in milestones.md', () => {
    const ios = 'ios';
    const play = 'google_play';
    // [date, store, app, rank, source]: US, top free, overall.
    const expected: [string, string, string, number, string][] = [
      ['2025-01-07', ios, 'lemon8', 1, 'Her Campus; Forbes'],
      ['2025-01-08', ios, 'lemon8', 1, 'Her Campus; Forbes'],
      ['2025-01-13', play, 'lemon8', 1, 'Engadget'],
      ['2025-01-13', play, 'xiaohongshu', 34, 'Engadget'],
      ['2025-01-13', ios, 'xiaohongshu', 1, 'Bloomberg; NBC News'],
      ['2025-01-13', ios, 'lemon8', 2, 'Bloomberg; NBC News'],
      ['2025-01-14', ios, 'xiaohongshu', 1, 'Reuters; CNN; CGTN; Caixin'],
      ['2025-01-14', ios, 'lemon8', 2, 'Reuters; CNN; CGTN; Caixin'],
      ['2025-01-14', ios, 'clapper', 3, 'Wikipedia (Clapper)'],
      ['2025-01-15', play, 'lemon8', 1, 'Decrypt'],
      ['2025-01-15', play, 'xiaohongshu', 2, 'Decrypt'],
      ['2025-01-16', play, 'xiaohongshu', 1, 'Fox; Investopedia'],
      ['2025-01-16', ios, 'xiaohongshu', 1, 'Fox; Investopedia'],
      ['2025-01-17', play, 'xiaohongshu', 1, 'Fox; Investopedia'],
      ['2025-01-17', ios, 'xiaohongshu', 1, 'Fox; Investopedia'],
      ['2025-01-20', ios, 'xiaohongshu', 1, 'TechCrunch/Appfigures'],
      ['2025-01-20', ios, 'likee', 2, 'TechCrunch/Appfigures'],
      ['2025-01-20', ios, 'clapper', 4, 'TechCrunch/Appfigures'],
      ['2025-01-20', ios, 'flip', 10, 'TechCrunch/Appfigures'],
      ['2025-01-20', ios, 'favorited', 15, 'TechCrunch/Appfigures'],
      ['2025-01-26', ios, 'deepseek', 1, 'TechCrunch'],
      ['2025-02-14', ios, 'tiktok', 1, 'blue News'],
      ['2025-02-14', ios, 'capcut', 5, 'blue News'],
    ];
    const published = rankings
      .filter((r) => r.source !== 'illustrative')
      .map((r) =>
        [r.date, r.store, r.country, r.chart, r.category, r.app, r.rank, r.source].join('|'),
      );
    const wanted = expected.map(([date, store, app, rank, source]) =>
      [date, store, 'US', 'top_free', 'overall', app, rank, rankOnlySource(source)].join('|'),
    );
    expect(published.sort()).toEqual(wanted.sort());
    for (const r of rankings) expect(r.source, chartOf(r)).not.toBe('');
  });

  it('keeps TikTok ranked outside the US while it is missing from the US stores', () => {
    for (const country of ['CA', 'GB', 'AU', 'DE']) {
      const days = rankings.filter(
        (r) =>
          r.app === 'tiktok' &&
          r.country === country &&
          r.category === 'overall' &&
          r.date === '2025-01-25',
      );
      expect(days.length, country).toBe(2);
    }
  });

  it('has no DeepSeek rows before its 2025-01-10 launch', () => {
    expect(rankings.filter((r) => r.app === 'deepseek' && r.date < '2025-01-10')).toEqual([]);
  });

  it('shows the illustrative shape: Xiaohongshu in the hundreds in early January and #1 through 2025-01-21', () => {
    expect(num(find('2025-01-05', 'ios', 'xiaohongshu')?.rank)).toBeGreaterThan(100);
    for (let day = 13; day <= 21; day += 1) {
      expect(num(find(`2025-01-${day}`, 'ios', 'xiaohongshu')?.rank), `Jan ${day}`).toBe(1);
    }
    expect(num(find('2025-03-31', 'ios', 'xiaohongshu')?.rank)).toBeGreaterThan(50);
  });

  it('ranks the constrained apps on both US stores every day, so no published total is lost', () => {
    for (const app of ['xiaohongshu', 'likee']) {
      const days = new Set(
        rankings.filter((r) => r.app === app && usOverall(r)).map((r) => `${r.date}|${r.store}`),
      );
      expect(days.size, app).toBe(121 * 2);
    }
  });
});
