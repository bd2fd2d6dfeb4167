import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingestFile';
import { emptyDb } from '../helpers/sampleDb';

const apps = ['tiktok', 'lemon8', 'xiaohongshu', 'capcut'];
const days = ['2025-01-10', '2025-01-11', '2025-01-12'];
const charts = [
  ['ios', 'US', 'top_free', 'overall'],
  ['google_play', 'GB', 'top_free', 'overall'],
  ['ios', 'GB', 'top_grossing', 'social'],
  ['ios', 'GB', 'top_free', 'overall'],
];
/** Each day lists every chart and app, all interleaved, and the latest day comes first. */
const lines = [...days]
  .reverse()
  .flatMap((date) =>
    charts.flatMap(([store, country, chart, category]) =>
      apps.map((app, i) => `${date},${app},${store},${country},${chart},${category},${i + 1},${i}`),
    ),
  );

async function stored(csv: string): Promise<string[]> {
  const db = await emptyDb();
  const loaded = await ingestFile(db, 'ranks.csv', new Blob([csv]), { kind: 'app_rankings' });
  expect(loaded.report.accepted).toBe(lines.length);
  const rows = await db.query<{ place: string }>(
    `SELECT concat_ws(' ', store, country, chart, category, app, date) AS place
     FROM app_rankings ORDER BY rowid`,
  );
  await db.close();
  return rows.map((r) => r.place);
}

/** Every row, by store, country, chart, category and app, and then by day. */
const inChartOrder = charts
  .flatMap((chart) => apps.map((app) => [...chart, app].join(' ')))
  .sort()
  .flatMap((place) => days.map((date) => `${place} ${date}`));

describe('rankings as stored', () => {
  it('sit together per chart and app, by day, so a chart of a few apps reads a few row groups', async () => {
    const header = 'date,app,store,country,chart,category,rank,downloads';
    expect(await stored(`${header}\n${lines.join('\n')}\n`)).toEqual(inChartOrder);
  });

  it('are in that order also when the file takes the general path', async () => {
    const header = 'Date;App;Store;Country;Chart;Category;Rank;Downloads';
    const semicolons = lines.map((line) => line.replaceAll(',', ';'));
    expect(await stored(`${header}\n${semicolons.join('\n')}\n`)).toEqual(inChartOrder);
  });
});
