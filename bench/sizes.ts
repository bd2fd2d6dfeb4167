import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShippedSizes {
  /** JS the page loads to draw its first chart: its own code and the DuckDB worker it starts. */
  readonly startJsGzip: number;
  /** The page's own code alone (no DuckDB worker). */
  readonly appJsGzip: number;
  /** Loaded only when a feature is first used: the SQL workbench, export, reading a file. */
  readonly lazyJsGzip: number;
  /** The one DuckDB engine a browser loads (the eh build; mvp only where exceptions are missing). */
  readonly wasmBytes: number;
  readonly wasmGzip: number;
  /** The bundled tables the page starts from, as shipped (gzipped at build). */
  readonly bundledDataBytes: number;
  /** The default view's first answers, drawn while the engine starts (gzipped at build). */
  readonly firstViewBytes: number;
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The built site's JavaScript and wasm, as a browser fetches them, gzipped as a server would. */
export async function shippedSizes(dist: string): Promise<ShippedSizes> {
  const assets = path.join(dist, 'assets');
  const names = await readdir(assets);
  const size = async (name: string) => gz(await readFile(path.join(assets, name)));
  const js = names.filter((n) => n.endsWith('.js'));
  const worker = js.find((n) => n.startsWith('duckdb-browser-eh.worker'))!;
  // What the page itself loads at start: the scripts index.html names (its entry and the chunks
  // it preloads); the rest loads when a feature is first used.
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const app = js.filter((n) => html.includes(`assets/${n}`));
  const lazy = js.filter((n) => !app.includes(n) && !n.startsWith('duckdb-'));
  const sum = async (list: string[]) =>
    (await Promise.all(list.map(size))).reduce((a, b) => a + b, 0);
  const wasm = names.find((n) => n.startsWith('duckdb-eh') && n.endsWith('.wasm'))!;
  const wasmBytes = (await readFile(path.join(assets, wasm))).length;
  const appJsGzip = await sum(app);
  const shipped = async (prefix: string) => {
    const name = names.find((n) => n.startsWith(prefix) && n.endsWith('.bin'))!;
    return (await readFile(path.join(assets, name))).length;
  };
  return {
    startJsGzip: appJsGzip + (await size(worker)),
    appJsGzip,
    lazyJsGzip: await sum(lazy),
    wasmBytes,
    wasmGzip: await size(wasm),
    bundledDataBytes: await shipped('bundled-tables'),
    firstViewBytes: await shipped('first-view-answers'),
  };
}
