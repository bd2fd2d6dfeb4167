import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as TablesBuilder from './buildBundledTables';
import type * as AnswersBuilder from './buildFirstViewAnswers';

const DATA = path.resolve(import.meta.dirname, '../data');

/** What the site starts with, each shipped as one file of its own. */
const ASSETS = {
  'virtual:bundled-tables': { file: 'bundled-tables.bin', part: 'tables' },
  'virtual:first-view-answers': { file: 'first-view-answers.bin', part: 'answers' },
} as const;
type Id = keyof typeof ASSETS;
type Built = Record<(typeof ASSETS)[Id]['part'], Uint8Array>;

const devUrl = (id: Id) => `/@driftwatch/${ASSETS[id].file}`;

// Through Vite's module runner, so that the config itself imports nothing of src/.
async function load<T>(file: string): Promise<T> {
  const { module } = await runnerImport<T>(path.resolve(import.meta.dirname, file), {
    configFile: false,
  });
  return module;
}

async function buildAll(): Promise<Built> {
  const tablesBuilder = await load<typeof TablesBuilder>('buildBundledTables.ts');
  const answersBuilder = await load<typeof AnswersBuilder>('buildFirstViewAnswers.ts');
  const tables = await tablesBuilder.buildBundledTables(DATA);
  return { tables, answers: await answersBuilder.buildFirstViewAnswers(tables) };
}

/**
 * `import url from 'virtual:bundled-tables'`: the address of the tables the site starts with,
 * built from `data/` by the page's own ingest when the site is built (and in development when
 * first asked for, again whenever a file of `data/` changes). `virtual:first-view-answers`: the
 * answers of the default view's first reads of those tables (scripts/buildFirstViewAnswers.ts).
 */
export function bundledTablesPlugin(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let built: Promise<Built> | null = null;
  const assets = () => (built ??= buildAll());
  const resolved = (id: string) => `\0${id}`;
  const idOf = (resolvedId: string) =>
    (Object.keys(ASSETS) as Id[]).find((id) => resolved(id) === resolvedId);
  return {
    name: 'driftwatch-bundled-tables',
    configResolved(config) {
      command = config.command;
    },
    resolveId: (id) => (id in ASSETS ? resolved(id) : null),
    async load(resolvedId) {
      const id = idOf(resolvedId);
      if (!id) return null;
      for (const name of readdirSync(DATA)) this.addWatchFile(path.join(DATA, name));
      if (command === 'serve') return `export default ${JSON.stringify(devUrl(id))};`;
      const { file, part } = ASSETS[id];
      const ref = this.emitFile({ type: 'asset', name: file, source: (await assets())[part] });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    watchChange(file) {
      if (path.dirname(file) === DATA) built = null;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => path.dirname(file) === DATA && (built = null));
      for (const id of Object.keys(ASSETS) as Id[]) {
        server.middlewares.use(devUrl(id), (_request, response, next) => {
          assets().then((all) => {
            response.setHeader('Content-Type', 'application/octet-stream');
            response.setHeader('Cache-Control', 'no-store');
            response.end(all[ASSETS[id].part]);
          }, next);
        });
      }
    },
  };
}
