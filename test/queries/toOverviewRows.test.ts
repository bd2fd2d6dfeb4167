import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/queries/isoDate';
import type { RankedDayRow } from '../../src/queries/overview';
import { toOverviewRows } from '../../src/queries/toOverviewRows';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ranked = (app: string, iso: string, rank: number, source: string | null = 'sensor') =>
  ({ app, date: day(iso), rank, source }) satisfies RankedDayRow;

const grid = (rows: ReturnType<typeof toOverviewRows>) =>
  rows.map((r) => `${r.app} ${isoDate(r.date)} ${r.rank ?? '-'} ${r.source ?? '-'}`);

describe('the overview grid', () => {
  it('lays each app, in the order asked, over every day from the first ranked to the last', () => {
    // In no order, as the engine may answer; no app is ranked on the 3rd.
    const answer = [
      ranked('lemon8', '2025-01-04', 2, null),
      ranked('tiktok', '2025-01-02', 5),
      ranked('tiktok', '2025-01-01', 3),
    ];
    expect(grid(toOverviewRows(answer, ['tiktok', 'lemon8']))).toEqual([
      'tiktok 2025-01-01 3 sensor',
      'tiktok 2025-01-02 5 sensor',
      'tiktok 2025-01-03 - -',
      'tiktok 2025-01-04 - -',
      'lemon8 2025-01-01 - -',
      'lemon8 2025-01-02 - -',
      'lemon8 2025-01-03 - -',
      'lemon8 2025-01-04 2 -',
    ]);
  });

  it('keeps an app asked for but never ranked, and each app once', () => {
    const rows = toOverviewRows([ranked('tiktok', '2025-01-01', 1)], ['flip', 'tiktok', 'flip']);
    expect(grid(rows)).toEqual(['flip 2025-01-01 - -', 'tiktok 2025-01-01 1 sensor']);
  });

  it('has no rows when no app is ranked', () => {
    expect(toOverviewRows([], ['tiktok'])).toEqual([]);
  });

  it('counts days in UTC across a change of clocks and a leap day', () => {
    const rows = toOverviewRows(
      [ranked('tiktok', '2024-02-28', 1), ranked('tiktok', '2024-03-31', 2)],
      ['tiktok'],
    );
    expect(rows).toHaveLength(33);
    expect(isoDate(rows[1]!.date)).toBe('2024-02-29');
    expect(rows.every((r) => r.date.getUTCHours() === 0)).toBe(true);
  });
});
