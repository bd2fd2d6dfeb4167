/**
 * Writes the bundled sample data: `npx tsx scripts/generate-sample-data.ts` (or `npm run
 * generate-data`). The files are a pure function of the seed; see data/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateEventsCsv } from './sample-data/events';
import { generateHashtagsCsv } from './sample-data/hashtags';
import { generateRankingsCsv } from './sample-data/rankings';

export const DEFAULT_SEED = 20250113;

/** File name (inside data/) -> exact file content. */
export function generateSampleData(seed: number = DEFAULT_SEED): Record<string, string> {
  return {
    'app_rankings.csv': generateRankingsCsv(seed),
    'hashtag_views.csv': generateHashtagsCsv(),
    'events.csv': generateEventsCsv(),
  };
}

export const DATA_DIRECTORY = fileURLToPath(new URL('../data/', import.meta.url));

function writeSampleData(directory: string, seed: number): void {
  mkdirSync(directory, { recursive: true });
  for (const [name, content] of Object.entries(generateSampleData(seed))) {
    writeFileSync(join(directory, name), content);
    console.log(`wrote ${join(directory, name)} (${content.split('\n').length - 2} rows)`);
  }
}

const entryPoint = process.argv[1];
if (entryPoint !== undefined && import.meta.url === pathToFileURL(entryPoint).href) {
  writeSampleData(DATA_DIRECTORY, DEFAULT_SEED);
}
