import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium, NO_CHROMIUM_HELP } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    baseUrl: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Served from a sub-path, as on a static host that is not the domain's root. */
const BASE = '/driftwatch/';

/** Builds the production site and serves it with `vite preview` for the browser tests. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI)
      throw new Error(`${NO_CHROMIUM_HELP} (CI is set: the browser tests must run.)`);
    console.warn(`\n${NO_CHROMIUM_HELP}\nSkipping the browser tests.\n`);
    project.provide('chromiumPath', '');
    project.provide('baseUrl', '');
    return;
  }

  const outDir = await mkdtemp(path.join(tmpdir(), 'driftwatch-dist-'));
  const configFile = path.join(ROOT, 'vite.config.ts');
  await build({ root: ROOT, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    configFile,
    base: BASE,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4317, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');

  project.provide('chromiumPath', chromiumPath);
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
