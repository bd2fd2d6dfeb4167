/**
 * `npm run bench` (`-- --quick` for 1M rows only): Driftwatch against DuckDB native and a plain
 * JavaScript dashboard on the same generated files, in one run. Prints a table, writes
 * bench/results.json. The files are written to a temporary folder and removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findChromium, launchChromium } from '../test/browser/chromium';
import { appRun } from './appRun';
import { coldStart, profileWarmStart } from './browser/coldStart';
import { plainJsRun } from './browser/plainJs';
import { BENCH_LAYOUT, rowsPerDay } from './generate/benchRankings';
import { writeBenchCsv } from './generate/writeBenchCsv';
import { nativeRun } from './native';
import { resultsTable, type BenchResults, type SizeRun } from './report';
import { serveSite } from './site';
import { shippedSizes } from './sizes';

const DAY = 86_400_000;
const quick = process.argv.includes('--quick');
const sizes = quick ? [1_000_000] : [1_000_000, 10_000_000];

const chromium = findChromium();
if (!chromium) throw new Error('npm run bench needs Chromium: install it or set CHROME_PATH.');
const folder = await mkdtemp(path.join(os.tmpdir(), 'driftwatch-bench-'));
const site = await serveSite();
const browser = await launchChromium(chromium);
try {
  const origin = new URL(site.url).origin;
  const runs: SizeRun[] = [];
  for (const rows of sizes) {
    console.log(`Generating ${rows.toLocaleString('en-US')} rows…`);
    const file = await writeBenchCsv(path.join(folder, `rankings-${rows / 1e6}m.csv`), rows);
    const first = BENCH_LAYOUT.firstDay;
    const last = new Date(Date.parse(first) + (file.rows / rowsPerDay(BENCH_LAYOUT) - 1) * DAY)
      .toISOString()
      .slice(0, 10);
    console.log('  DuckDB native…');
    const native = await nativeRun(file, first, last);
    console.log('  Driftwatch…');
    const app = await appRun(browser, site.url, file, first, last);
    console.log('  plain JS…');
    const plainJs = await plainJsRun(browser, origin, file, first, last);
    runs.push({ rows: file.rows, megabytes: file.bytes / 1024 / 1024, native, app, plainJs });
    await rm(file.path, { force: true });
  }
  console.log('Cold start…');
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim(),
    },
    runs,
    coldStart: {
      ...(await coldStart(browser, site.url)),
      profileWarm: await profileWarmStart(chromium, site.url),
    },
    sizes: await shippedSizes(site.dist),
  };
  const table = resultsTable(results);
  console.log(`\n${table}\n`);
  await writeFile(
    path.join(import.meta.dirname, quick ? 'results-quick.json' : 'results.json'),
    `${JSON.stringify({ ...results, table }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  await site.close();
  await rm(folder, { recursive: true, force: true });
}
