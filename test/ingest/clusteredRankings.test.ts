import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingestFile';
import { emptyDb } from '../helpers/sampleDb';

const apps = ['tiktok', 'lemon8', 'xiaohongshu', 'capcut'];
const days = ['2025-01-10', '2025-01-11', '2025-01-12'];
/** Each day lists every app: the order an export writes, apps interleaved all through the file. */
const lines = days.flatMap((date) =>
  apps.map((app, i) => `${date},${app},ios,US,top_free,overall,${i + 1},${1000 * (i + 1)}`),
);

async function storedApps(csv: string): Promise<string[]> {
  const db = await emptyDb();
  const loaded = await ingestFile(db, 'ranks.csv', new Blob([csv]), { kind: 'app_rankings' });
  expect(loaded.report.accepted).toBe(lines.length);
  const rows = await db.query<{ app: string }>('SELECT app FROM app_rankings ORDER BY rowid');
  await db.close();
  return rows.map((r) => r.app);
}

describe('rankings as stored', () => {
  it('are kept in order of app, so a chart of a few apps reads a few row groups', async () => {
    const header = 'date,app,store,country,chart,category,rank,downloads';
    expect(await storedApps(`${header}\n${lines.join('\n')}\n`)).toEqual(
      [...apps].sort().flatMap((app) => days.map(() => app)),
    );
  });

  it('are in order of app also when the file takes the general path', async () => {
    const header = 'Date;App;Store;Country;Chart;Category;Rank;Downloads';
    const semicolons = lines.map((line) => line.replaceAll(',', ';'));
    expect(await storedApps(`${header}\n${semicolons.join('\n')}\n`)).toEqual(
      [...apps].sort().flatMap((app) => days.map(() => app)),
    );
  });
});
