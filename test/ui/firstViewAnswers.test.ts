import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundledTables } from '../../scripts/buildBundledTables';
import { buildFirstViewAnswers } from '../../scripts/buildFirstViewAnswers';
import type { Database } from '../../src/db/database';
import { loadTablesBundle } from '../../src/ingest/bundle/loadTablesBundle';
import { overviewQuery } from '../../src/queries/overview';
import { DEFAULT_VIEW } from '../../src/state/viewState';
import { readFirstView } from '../../src/ui/dashboard/readFirstView';
import { readRankHistory } from '../../src/ui/dashboard/readRankHistory';
import { readEvents } from '../../src/ui/dashboard/readEvents';
import { resolveRange } from '../../src/ui/dashboard/resolveRange';
import { loadControlOptions } from '../../src/ui/dashboard/loadControlOptions';
import { recordQueries } from '../../src/db/recordQueries';
import { decodeEarlyAnswers, earlyRows, type EarlyAnswers } from '../../src/ui/earlyAnswers';
import { emptyDb } from '../helpers/sampleDb';

const DATA = path.resolve(import.meta.dirname, '../../data');

let answers: EarlyAnswers;
let db: Database;
beforeAll(async () => {
  const tables = await buildBundledTables(DATA);
  answers = decodeEarlyAnswers(gunzipSync(await buildFirstViewAnswers(tables)));
  // The page's engine, as it holds the bundled data.
  db = await emptyDb();
  await loadTablesBundle(db, gunzipSync(tables));
}, 120_000);

describe('the first view answers built with the site', () => {
  it('give every first read of the default view exactly the rows the engine gives', async () => {
    const recorder = recordQueries(db);
    await readFirstView(recorder.db, DEFAULT_VIEW);
    expect(recorder.asked.length).toBeGreaterThanOrEqual(4);
    for (const query of recorder.asked) {
      const engine = await db.query(query);
      expect(engine.length).toBeGreaterThan(0);
      expect(earlyRows(answers, query)).toEqual(engine);
    }
    expect(answers.size).toBe(new Set(recorder.asked.map((q) => JSON.stringify(q))).size);
  });

  it('answer the overview and the rank history as their panels ask, before the engine', async () => {
    const options = (await loadControlOptions(db))!;
    const range = await resolveRange(db, DEFAULT_VIEW, options);
    const panelView = { ...DEFAULT_VIEW, ...range };
    const asEarly = (read: (db: Database) => Promise<unknown>) =>
      read({
        ...db,
        query: async <T>(q: Parameters<Database['query']>[0]) => {
          const rows = earlyRows<T>(answers, q);
          if (!rows) throw new Error(`not answered early: ${JSON.stringify(q).slice(0, 80)}`);
          return rows;
        },
      });
    const reads = [
      (d: Database) => d.query(overviewQuery(DEFAULT_VIEW)),
      (d: Database) => readRankHistory(d, panelView),
      (d: Database) => readEvents(d, range),
    ];
    for (const read of reads) expect(await asEarly(read)).toEqual(await read(db));
  });

  it('hold nothing for another view, which waits for the engine', async () => {
    expect(earlyRows(answers, overviewQuery({ ...DEFAULT_VIEW, country: 'GB' }))).toBeNull();
    const someHidden = { ...DEFAULT_VIEW, apps: DEFAULT_VIEW.apps.slice(1) };
    expect(earlyRows(answers, overviewQuery(someHidden))).toBeNull();
  });
});
