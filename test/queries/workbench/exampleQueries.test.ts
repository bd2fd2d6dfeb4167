import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ResultSet } from '../../../src/db/results/cellValue';
import { keyFiguresQuery, type KeyFiguresRow } from '../../../src/queries/keyFigures';
import { cellText } from '../../../src/queries/workbench/cellText';
import { EXAMPLE_QUERIES } from '../../../src/queries/workbench/exampleQueries';
import { realSession } from '../../helpers/realSession';
import { sampleDb } from '../../helpers/sampleDb';

interface CsvRanking {
  date: string;
  app: string;
  store: string;
  country: string;
  chart: string;
  category: string;
  rank: string;
}

const csv = Papa.parse<CsvRanking>(
  readFileSync(path.resolve(import.meta.dirname, '../../../data/app_rankings.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data.filter((r) => r.chart === 'top_free' && r.category === 'overall' && r.rank !== '');

const real = realSession(sampleDb);

const example = (start: string) => EXAMPLE_QUERIES.find((e) => e.title.startsWith(start))!.sql;

/** A result as rows of text keyed by column name, as the table shows them. */
function rowsOf(result: ResultSet): Record<string, string>[] {
  return Array.from({ length: result.rowCount }, (_, r) =>
    Object.fromEntries(result.columns.map((c, i) => [c.name, cellText(result.cell(r, i))])),
  );
}

const run = async (sql: string) => rowsOf(await real.read(sql));

/** Groups the bundled CSV's rows by app, store and country, independently of the SQL. */
function byKey(rows: CsvRanking[]): Map<string, CsvRanking[]> {
  const groups = new Map<string, CsvRanking[]>();
  for (const row of rows) {
    const key = `${row.app}|${row.store}|${row.country}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

describe('the example queries, on the bundled snapshots', () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e.sql]))('answers “%s”', async (_, sql) => {
    expect((await run(sql)).length).toBeGreaterThan(0);
  });

  it('counts the days each app held #1 as the CSV has them', async () => {
    const expected = [...byKey(csv.filter((r) => r.rank === '1'))].map(([key, rows]) => {
      const days = rows.map((r) => r.date).sort();
      return [key, String(days.length), days[0], days[days.length - 1]].join('|');
    });
    const answered = (await run(example('Days each app held #1'))).map((r) =>
      [r.app, r.store, r.country, r.days_at_1, r.first_day, r.last_day].join('|'),
    );
    expect(answered.sort()).toEqual(expected.sort());
    // A published milestone: RedNote #1 on the US App Store from 13 January 2025.
    expect(answered.find((r) => r.startsWith('xiaohongshu|ios|US|'))).toMatch(/\|2025-01-13\|/);
  });

  it('finds the first top-10 day of each app as the CSV has it', async () => {
    const expected = [...byKey(csv.filter((r) => Number(r.rank) <= 10))].map(([key, rows]) => {
      const first = [...rows].sort((a, b) => a.date.localeCompare(b.date))[0]!;
      const best = Math.min(...rows.map((r) => Number(r.rank)));
      return [key, first.date, first.rank, String(best)].join('|');
    });
    const answered = (await run(example('First day each app entered the top 10'))).map((r) =>
      [r.app, r.store, r.country, r.first_top_10_day, r.rank_that_day, r.best_rank].join('|'),
    );
    expect(answered.sort()).toEqual(expected.sort());
  });

  it('compares the weeks around each event as the key figures do', async () => {
    const answered = await run(example('Downloads in the week after each event'));
    const events = [...new Set(answered.map((r) => r.event_date))];
    expect(events).toContain('2025-01-13');
    for (const eventDate of events as string[]) {
      const figures = await real.db.query<KeyFiguresRow>(
        keyFiguresQuery({
          apps: ['tiktok', 'xiaohongshu', 'lemon8'],
          store: 'ios',
          country: 'US',
          chart: 'top_free',
          category: 'overall',
          from: '2024-12-01',
          to: '2025-03-31',
          eventDate,
        }),
      );
      for (const row of answered.filter((r) => r.event_date === eventDate)) {
        const key = figures.find((f) => f.app === row.app)!;
        expect([row.week_before, row.week_after, row.days_before, row.days_after]).toEqual([
          key.downloadsBefore === null ? 'NULL' : String(key.downloadsBefore),
          key.downloadsAfter === null ? 'NULL' : String(key.downloadsAfter),
          String(key.daysBefore),
          String(key.daysAfter),
        ]);
      }
    }
  });
});
