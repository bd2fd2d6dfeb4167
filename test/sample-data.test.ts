import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateSampleData } from '../scripts/generate-sample-data';
import { RANK_ONLY } from '../scripts/sample-data/rankings';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const REFERENCE_EVENTS = fileURLToPath(
  new URL('../../shared/reference/events.csv', import.meta.url),
);

const RANKING_COLUMNS = [
  'date',
  'app',
  'store',
  'country',
  'chart',
  'category',
  'rank',
  'downloads',
  'source',
] as const;
const HASHTAG_COLUMNS = ['observed_at', 'platform', 'hashtag', 'views', 'posts', 'source'] as const;
const EVENT_COLUMNS = ['date', 'label', 'kind', 'source'] as const;

type RankingRow = Record<(typeof RANKING_COLUMNS)[number], string>;
type HashtagRow = Record<(typeof HASHTAG_COLUMNS)[number], string>;

/** RFC 4180 with LF records: enough for files whose writer we control. */
function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += ch;
  }
  return records;
}

/** Rows keyed by column; throws unless the header is exactly `columns`, in order. */
function parseCsv<K extends string>(text: string, columns: readonly K[]): Record<K, string>[] {
  const [header = [], ...body] = parseRecords(text);
  if (header.join(',') !== columns.join(','))
    throw new Error(`unexpected header: ${header.join(',')}`);
  return body.map((values, index) => {
    if (values.length !== columns.length)
      throw new Error(`record ${index + 2} has ${values.length} fields`);
    const entries = columns.map((name, i) => [name, values[i] ?? ''] as const);
    return Object.fromEntries(entries) as Record<K, string>;
  });
}

function readData(name: string): string {
  return readFileSync(`${DATA}${name}`, 'utf8');
}

function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  const a = actual.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: generated ${JSON.stringify(a[at])}, committed ${JSON.stringify(b[at])}`;
}

const rankings = parseCsv(readData('app_rankings.csv'), RANKING_COLUMNS);
const hashtags = parseCsv(readData('hashtag_views.csv'), HASHTAG_COLUMNS);
const generated = generateSampleData();

const num = (value: string | undefined): number => Number(value);
const usOverall = (row: RankingRow): boolean => row.country === 'US' && row.category === 'overall';
const find = (date: string, store: string, app: string): RankingRow | undefined =>
  rankings.find((r) => r.date === date && r.store === store && r.app === app && usOverall(r));

/** US downloads by `app|date`, both stores summed. */
const usDaily = new Map<string, number>();
for (const r of rankings.filter(usOverall)) {
  const key = `${r.app}|${r.date}`;
  usDaily.set(key, (usDaily.get(key) ?? 0) + num(r.downloads));
}

function usDownloads(app: string, first: string, last: string = first): number {
  let sum = 0;
  for (const [key, value] of usDaily) {
    const [keyApp, date = ''] = key.split('|');
    if (keyApp === app && date >= first && date <= last) sum += value;
  }
  return sum;
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
      [date, store, 'US', 'top_free', 'overall', app, rank, `${source}${RANK_ONLY}`].join('|'),
    );
    expect(published.sort()).toEqual(wanted.sort());
    for (const r of rankings) expect(r.source, chartOf(r)).not.toBe('');
  });

  it('has no US rows for TikTok, Lemon8 and CapCut from 2025-01-19 to 2025-02-13, but has them either side', () => {
    for (const app of ['tiktok', 'lemon8', 'capcut']) {
      const us = rankings.filter((r) => r.app === app && r.country === 'US');
      expect(us.filter((r) => r.date >= '2025-01-19' && r.date <= '2025-02-13')).toEqual([]);
      for (const store of ['ios', 'google_play']) {
        expect(find('2025-01-18', store, app), `${app} ${store} 2025-01-18`).toBeDefined();
        expect(find('2025-02-14', store, app), `${app} ${store} 2025-02-14`).toBeDefined();
      }
    }
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

  it('keeps TikTok outside the US top 5 on both stores on 2025-01-16 and 2025-01-17', () => {
    for (const date of ['2025-01-16', '2025-01-17']) {
      for (const store of ['ios', 'google_play']) {
        expect(num(find(date, store, 'tiktok')?.rank), `${date} ${store}`).toBeGreaterThan(5);
      }
    }
  });

  it('has no DeepSeek rows before its 2025-01-10 launch and no Xiaohongshu at #1 on 2025-01-26', () => {
    expect(rankings.filter((r) => r.app === 'deepseek' && r.date < '2025-01-10')).toEqual([]);
    expect(num(find('2025-01-26', 'ios', 'xiaohongshu')?.rank)).toBeGreaterThan(1);
  });

  it('shows the illustrative shape: Xiaohongshu in the hundreds in early January and #1 through 2025-01-21', () => {
    expect(num(find('2025-01-05', 'ios', 'xiaohongshu')?.rank)).toBeGreaterThan(100);
    for (let day = 13; day <= 21; day += 1) {
      expect(num(find(`2025-01-${day}`, 'ios', 'xiaohongshu')?.rank), `Jan ${day}`).toBe(1);
    }
    expect(num(find('2025-03-31', 'ios', 'xiaohongshu')?.rank)).toBeGreaterThan(50);
  });

  it('sums US Xiaohongshu downloads over both stores to the published Appfigures and Sensor Tower figures', () => {
    expect(usDownloads('xiaohongshu', '2025-01-22')).toBe(126_700);
    expect(usDownloads('xiaohongshu', '2025-01-26')).toBe(25_500);
    expect(
      Math.abs(usDownloads('xiaohongshu', '2025-01-01', '2025-01-19') / 818_000 - 1),
    ).toBeLessThan(0.01);
    const firstWeek = usDownloads('xiaohongshu', '2025-01-01', '2025-01-07');
    const secondWeek = usDownloads('xiaohongshu', '2025-01-08', '2025-01-14');
    expect(Math.abs(secondWeek / firstWeek - 2.94)).toBeLessThan(0.0294);
  });

  it('sums US Likee and Lemon8 downloads to the published Apptopia and Sensor Tower figures', () => {
    expect(usDownloads('likee', '2025-01-19')).toBe(167_000);
    expect(usDownloads('likee', '2025-01-20')).toBe(286_000);
    for (const r of rankings.filter((row) => row.app === 'likee' && row.date < '2025-01-19')) {
      expect(usDownloads('likee', r.date), r.date).toBeLessThan(10_000);
    }
    expect(
      Math.abs(usDownloads('lemon8', '2024-12-01', '2024-12-31') / 3_400_000 - 1),
    ).toBeLessThan(0.02);
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

describe('hashtag_views.csv', () => {
  const seriesOf = (r: HashtagRow): string => `${r.platform}|${r.hashtag}`;
  const dayOf = (r: HashtagRow): string => r.observed_at.slice(0, 10);

  it('has UTC instants within the range, lower-case hashtags and integer counts', () => {
    for (const r of hashtags) {
      expect(r.observed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(dayOf(r) >= '2024-12-01' && dayOf(r) <= '2025-03-31', r.observed_at).toBe(true);
      expect(r.hashtag).toMatch(/^[a-z0-9_]+$/);
      expect(r.views).toMatch(/^(0|[1-9][0-9]*)$/);
      expect(r.posts).toMatch(/^(0|[1-9][0-9]*)?$/);
      expect(r.source).not.toBe('');
    }
    const series = new Set(hashtags.map(seriesOf));
    for (const wanted of [
      'xiaohongshu|tiktokrefugee',
      'tiktok|tiktokrefugee',
      'tiktok|rednote',
      'tiktok|lemon8',
    ]) {
      expect(series.has(wanted), wanted).toBe(true);
    }
  });

  it('is sorted by observed_at, platform and hashtag without duplicates', () => {
    const keys = hashtags.map((r) => `${r.observed_at}|${seriesOf(r)}`);
    for (let i = 1; i < keys.length; i += 1) {
      expect((keys[i - 1] ?? '') < (keys[i] ?? ''), `row ${i + 1}`).toBe(true);
    }
  });

  it('holds each published "TikTok refugee" count on Xiaohongshu exactly as published', () => {
    const published = hashtags
      .filter((r) => r.source !== 'illustrative')
      .map((r) => [r.observed_at, r.platform, r.hashtag, r.views, r.posts, r.source].join('|'));
    expect(published).toEqual([
      '2025-01-14T02:00:00Z|xiaohongshu|tiktokrefugee|25000000||Bloomberg',
      '2025-01-14T10:00:00Z|xiaohongshu|tiktokrefugee|73000000|114000|China Daily',
      '2025-01-14T20:00:00Z|xiaohongshu|tiktokrefugee|100000000||New York Times',
      '2025-01-15T04:00:00Z|xiaohongshu|tiktokrefugee|64906000|108000|AsiaICT',
      '2025-01-15T16:00:00Z|xiaohongshu|tiktokrefugee|250000000||CNN',
    ]);
  });

  it('observes every series at least four times a day during the 2025-01-12..20 surge and once a day otherwise', () => {
    const perDay = new Map<string, number>();
    for (const r of hashtags.filter((row) => row.source === 'illustrative')) {
      const key = `${seriesOf(r)}|${dayOf(r)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perDay) {
      const day = key.slice(-10);
      if (day >= '2025-01-12' && day <= '2025-01-20') expect(count, key).toBeGreaterThanOrEqual(4);
      else expect(count, key).toBe(1);
    }
    const surgeRows = hashtags.filter(
      (r) => dayOf(r) === '2025-01-14' && r.platform === 'xiaohongshu',
    );
    expect(surgeRows.length).toBeGreaterThanOrEqual(8);
  });

  it('starts tiktokrefugee no earlier than 2025-01-12', () => {
    const first = hashtags
      .filter((r) => r.hashtag === 'tiktokrefugee')
      .map(dayOf)
      .sort()[0];
    expect(first !== undefined && first >= '2025-01-12').toBe(true);
  });

  it('never decreases within a series except at a published count (a correction)', () => {
    const last = new Map<string, HashtagRow>();
    const lastIllustrative = new Map<string, HashtagRow>();
    for (const r of hashtags) {
      const key = seriesOf(r);
      const previous = last.get(key);
      if (previous !== undefined && num(r.views) < num(previous.views)) {
        expect(
          r.source !== 'illustrative' || previous.source !== 'illustrative',
          r.observed_at,
        ).toBe(true);
      }
      if (r.source === 'illustrative') {
        const before = lastIllustrative.get(key);
        if (before !== undefined) {
          expect(num(r.views), `${key} ${r.observed_at}`).toBeGreaterThanOrEqual(num(before.views));
          if (r.posts !== '' && before.posts !== '')
            expect(num(r.posts)).toBeGreaterThanOrEqual(num(before.posts));
        }
        lastIllustrative.set(key, r);
      }
      last.set(key, r);
    }
  });
});

describe('events.csv', () => {
  it('holds exactly the rows of the shared reference events file, in its order', (context) => {
    context.skip(
      !existsSync(REFERENCE_EVENTS),
      `skipped: ${REFERENCE_EVENTS} is not there to compare with (the embedded copy is still checked below)`,
    );
    expect(
      firstDifference(readData('events.csv'), readFileSync(REFERENCE_EVENTS, 'utf8')),
    ).toBeNull();
  });

  it('quotes fields that contain commas and keeps every event dated and sourced', () => {
    const rows = parseCsv(readData('events.csv'), EVENT_COLUMNS);
    expect(rows.length).toBe(17);
    expect(readData('events.csv')).toContain('"More than 700,000 new RedNote users in two days"');
    for (const r of rows) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source).not.toBe('');
    }
  });
});
