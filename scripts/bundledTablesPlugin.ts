import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Builder from './buildBundledTables';

const ID = 'virtual:bundled-tables';
const RESOLVED = `\0${ID}`;
const DEV_URL = '/@driftwatch/bundled-tables.bin';
const DATA = path.resolve(import.meta.dirname, '../data');

// Through Vite's module runner, so that the config itself imports nothing of src/.
async function bundledTables(): Promise<Uint8Array> {
  const builder = path.resolve(import.meta.dirname, 'buildBundledTables.ts');
  const { module } = await runnerImport<typeof Builder>(builder, { configFile: false });
  return module.buildBundledTables(DATA);
}

/**
 * `import url from 'virtual:bundled-tables'`: the address of the tables the site starts with,
 * built from `data/` by the page's own ingest when the site is built (and in development when
 * first asked for, again whenever a file of `data/` changes).
 */
export function bundledTablesPlugin(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let built: Promise<Uint8Array> | null = null;
  const tables = () => (built ??= bundledTables());
  return {
    name: 'driftwatch-bundled-tables',
    configResolved(config) {
      command = config.command;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      for (const name of readdirSync(DATA)) this.addWatchFile(path.join(DATA, name));
      if (command === 'serve') return `export default ${JSON.stringify(DEV_URL)};`;
      const ref = this.emitFile({
        type: 'asset',
        name: 'bundled-tables.bin',
        source: await tables(),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    watchChange(file) {
      if (path.dirname(file) === DATA) built = null;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => path.dirname(file) === DATA && (built = null));
      server.middlewares.use(DEV_URL, (_request, response, next) => {
        tables().then((bytes) => {
          response.setHeader('Content-Type', 'application/octet-stream');
          response.setHeader('Cache-Control', 'no-store');
          response.end(bytes);
        }, next);
      });
    },
  };
}
