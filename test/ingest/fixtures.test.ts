/**
 * The ingest's fixture corpus: every data file in test/fixtures/ingest/ (`.csv`, `.tsv`, `.txt`)
 * goes through the Node path (`ingestFile` on a real DuckDB) and its report, and the rows it
 * loaded, must match the expectation written beside it by hand from the requirement, never
 * pasted from the code's output. `<name>.expected.json` holds:
 *
 * - `about`: what the fixture covers (the test's name);
 * - `options`: LoadOptions as JSON (`today` an ISO string; 2026-11-23 throughout);
 * - `report`: kind, rowsRead, accepted, rejected, the exact `rejects`, and `warnings` and `error`
 *   as exact text or a regular expression written `/.../` (warnings match in any order, each
 *   expected one its own warning, none left over);
 * - `rows`, for a file that loads: the snapshot's rows as arrays in the columns of ROW_QUERIES.
 *
 * A file that cannot be used must leave no snapshot and no row. Multi-file scenarios (the same
 * content twice, a newer snapshot replacing an older one) follow, on fixtures of the same folder.
 * The binary fixtures (UTF-16, PNG, ZIP, ...) are committed bytes, not generated here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import type { DataTable } from '../../src/db/schema';
import { ingestFile } from '../../src/ingest/ingestFile';
import type { LoadOptions } from '../../src/ingest/loadInspection';
import { removeSnapshot } from '../../src/ingest/snapshotChanges';
import type { FileKind, IngestReport, RejectedRow } from '../../src/ingest/types';
import { emptyDb } from '../helpers/sampleDb';

const DIR = path.resolve(import.meta.dirname, '../fixtures/ingest');
const DATA_FILE = /\.(csv|tsv|txt)$/;
const TABLES: readonly DataTable[] = ['app_rankings', 'hashtag_views', 'events'];
/** The "today" of every scenario below, as in the fixtures: after-tomorrow is 2026-11-25. */
const TODAY = new Date('2026-11-23T12:00:00Z');

/** A warning or error as expected: the exact text, or a regular expression written `/.../`. */
type TextPattern = string;

interface Expected {
  readonly about: string;
  readonly options?: Omit<LoadOptions, 'today' | 'signal' | 'onProgress'> & { today?: string };
  readonly report: {
    readonly kind: FileKind | null;
    readonly rowsRead: number;
    readonly accepted: number;
    readonly rejected: number;
    readonly rejects: readonly RejectedRow[];
    readonly warnings: readonly TextPattern[];
    readonly error: TextPattern | null;
  };
  /** The rows loaded, as arrays in the order of ROW_QUERIES' columns, sorted by them. */
  readonly rows?: readonly (readonly unknown[])[];
}

/** The canonical values of one snapshot's rows, dates and times as UTC text. */
const ROW_QUERIES: Record<DataTable, string> = {
  app_rankings: `SELECT strftime(date, '%Y-%m-%d') AS date, app, store, country, chart, category,
                        rank, downloads
                 FROM app_rankings WHERE snapshot_id = ? ORDER BY ALL`,
  hashtag_views: `SELECT strftime(observed_at, '%Y-%m-%d %H:%M:%S') AS observed_at, platform,
                         hashtag, views, posts
                  FROM hashtag_views WHERE snapshot_id = ? ORDER BY ALL`,
  events: `SELECT strftime(date, '%Y-%m-%d') AS date, label, kind, source
           FROM events WHERE snapshot_id = ? ORDER BY ALL`,
};

const fixtureNames = readdirSync(DIR)
  .filter((file) => DATA_FILE.test(file))
  .sort();

function readExpected(dataFile: string): Expected {
  const file = path.join(DIR, dataFile.replace(DATA_FILE, '.expected.json'));
  return JSON.parse(readFileSync(file, 'utf8')) as Expected;
}

function toRegExp(pattern: TextPattern): RegExp | null {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  return match ? new RegExp(match[1] ?? '', match[2]) : null;
}

function matches(text: string, pattern: TextPattern): boolean {
  const regExp = toRegExp(pattern);
  return regExp ? regExp.test(text) : text === pattern;
}

/** Each expected pattern matches its own warning, in any order, and no warning is left over. */
function expectWarnings(actual: readonly string[], expected: readonly TextPattern[]) {
  const left = [...actual];
  for (const pattern of expected) {
    const index = left.findIndex((warning) => matches(warning, pattern));
    expect(index, `no warning matches ${pattern} among ${JSON.stringify(left)}`).not.toBe(-1);
    left.splice(index, 1);
  }
  expect(left, 'warnings nobody expected').toEqual([]);
}

function fixtureBlob(name: string): Blob {
  return new Blob([readFileSync(path.join(DIR, name))]);
}

function loadOptions(expected: Expected): LoadOptions {
  const { today, ...rest } = expected.options ?? {};
  return { ...rest, today: today === undefined ? TODAY : new Date(today) };
}

let db: Database;
beforeAll(async () => {
  db = await emptyDb();
});
afterAll(async () => db.close());

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? NaN;

async function expectNothingLoaded() {
  for (const table of ['snapshots', ...TABLES]) {
    expect(await count(table), `rows in ${table}`).toBe(0);
  }
}

async function removeAllSnapshots() {
  const snapshots = await db.query<{ id: number }>('SELECT id FROM snapshots');
  for (const { id } of snapshots) await removeSnapshot(db, id);
}

/** The report's invariants, whatever the file. */
function expectConsistent(report: IngestReport) {
  expect(report.accepted + report.rejected).toBe(report.rowsRead);
  expect(report.rejects).toHaveLength(report.rejected);
}

describe('the fixture corpus', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    const expectations = readdirSync(DIR).filter((file) => file.endsWith('.expected.json'));
    const wanted = fixtureNames.map((file) => file.replace(DATA_FILE, '.expected.json'));
    expect(expectations.sort()).toEqual(wanted.sort());
    expect(fixtureNames.length).toBeGreaterThanOrEqual(45);
  });

  describe.each(fixtureNames)('%s', (name) => {
    const expected = readExpected(name);

    it(expected.about, async () => {
      await expectNothingLoaded();
      const { report, snapshotId, replaced } = await ingestFile(
        db,
        name,
        fixtureBlob(name),
        loadOptions(expected),
      );
      try {
        const want = expected.report;
        expectConsistent(report);
        expect(report).toMatchObject({
          file: name,
          kind: want.kind,
          rowsRead: want.rowsRead,
          accepted: want.accepted,
          rejected: want.rejected,
        });
        expect(report.rejects).toEqual(want.rejects);
        expectWarnings(report.warnings, want.warnings);
        expect(replaced).toBe(0);

        if (want.error !== null) {
          expect(report.error, 'error').not.toBeNull();
          expect(
            matches(report.error ?? '', want.error),
            `error ${report.error} ~ ${want.error}`,
          ).toBe(true);
          expect(snapshotId).toBeNull();
          await expectNothingLoaded();
          return;
        }
        expect(report.error).toBeNull();
        expect(snapshotId).not.toBeNull();
        const [snapshot] = await db.query<{
          rows_read: number;
          accepted: number;
          rejected: number;
        }>({
          sql: 'SELECT rows_read, accepted, rejected FROM snapshots WHERE id = ?',
          params: [snapshotId],
        });
        expect(snapshot).toEqual({
          rows_read: want.rowsRead,
          accepted: want.accepted,
          rejected: want.rejected,
        });
        const table: DataTable =
          report.kind === 'app_rankings_wide' ? 'app_rankings' : report.kind!;
        const rows = await db.query<Record<string, unknown>>({
          sql: ROW_QUERIES[table],
          params: [snapshotId],
        });
        expect(expected.rows, 'a loaded fixture lists its rows').toBeDefined();
        expect(rows.map((row) => Object.values(row))).toEqual(expected.rows);
        for (const other of TABLES.filter((t) => t !== table)) expect(await count(other)).toBe(0);
      } finally {
        await removeAllSnapshots();
      }
    });
  });
});

describe('loading snapshots one after another', () => {
  const load = (fixture: string, name = fixture) =>
    ingestFile(db, name, fixtureBlob(fixture), { today: TODAY });

  const currentRankings = () =>
    db.query<{ date: string; app: string; rank: number }>(
      `SELECT strftime(date, '%Y-%m-%d') AS date, app, rank FROM app_rankings_current ORDER BY ALL`,
    );

  beforeAll(removeAllSnapshots);
  afterAll(removeAllSnapshots);

  it('reports the same content loaded twice, under any name, as already loaded and changes nothing', async () => {
    const first = await load('kind-long-rankings.csv');
    expect(first.report.error).toBeNull();
    const before = await db.query('SELECT * FROM app_rankings ORDER BY ALL');

    const again = await load('kind-long-rankings.csv', 'a copy of it.csv');
    expectConsistent(again.report);
    expect(again.snapshotId).toBeNull();
    expect(again.replaced).toBe(0);
    expect(again.report).toMatchObject({ kind: 'app_rankings', error: null, rejects: [] });
    expect(again.report.accepted).toBe(0);
    expectWarnings(again.report.warnings, [
      `/^Already loaded as snapshot ${first.snapshotId} \\(kind-long-rankings\\.csv\\): nothing changed/`,
    ]);
    expect(await count('snapshots')).toBe(1);
    expect(await db.query('SELECT * FROM app_rankings ORDER BY ALL')).toEqual(before);
    await removeAllSnapshots();
  });

  it('lets a newer snapshot replace rows of the same key, keeps both, and restores the older when it is removed', async () => {
    const older = await load('replace-older.csv');
    expect(older.replaced).toBe(0);
    const olderRows = [
      { date: '2025-01-13', app: 'lemon8', rank: 1 },
      { date: '2025-01-13', app: 'xiaohongshu', rank: 2 },
      { date: '2025-01-14', app: 'xiaohongshu', rank: 1 },
    ];
    expect(await currentRankings()).toEqual(olderRows);

    const newer = await load('replace-newer.csv');
    expectConsistent(newer.report);
    expect(newer.report).toMatchObject({ rowsRead: 3, accepted: 3, rejected: 0, error: null });
    expect(newer.replaced).toBe(2);
    expect(
      newer.report.warnings.filter((w) => /replace rows of earlier snapshots/.test(w)),
    ).toEqual([
      expect.stringMatching(/^2 rows replace rows of earlier snapshots with the same key/),
    ]);
    expect(await currentRankings()).toEqual([
      { date: '2025-01-13', app: 'lemon8', rank: 2 },
      { date: '2025-01-13', app: 'xiaohongshu', rank: 1 },
      { date: '2025-01-14', app: 'xiaohongshu', rank: 1 },
      { date: '2025-01-15', app: 'xiaohongshu', rank: 1 },
    ]);
    expect(await count('app_rankings')).toBe(6);

    await removeSnapshot(db, newer.snapshotId!);
    expect(await currentRankings()).toEqual(olderRows);
    expect(await count('app_rankings')).toBe(3);
    expect(await count('snapshots')).toBe(1);
    await removeAllSnapshots();
  });

  it('refuses a file larger than the browser can hold, before reading it', async () => {
    const huge = new (class extends Blob {
      override get size() {
        return 3 * 1024 ** 3;
      }
    })(['date,app,rank\n2025-01-13,tiktok,1\n']);
    const { report, snapshotId } = await ingestFile(db, 'huge.csv', huge, { today: TODAY });
    expectConsistent(report);
    expect(snapshotId).toBeNull();
    expect(report.error).toMatch(/3\.0 GiB: larger than this browser can hold/);
    await expectNothingLoaded();
  });
});
