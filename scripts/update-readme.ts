import { readFile, writeFile } from 'node:fs/promises';
import { withBenchTable } from './readme/benchTable';
import { withSynonymTable } from './readme/synonymTable';

const path = new URL('../README.md', import.meta.url);
await writeFile(path, withBenchTable(withSynonymTable(await readFile(path, 'utf8'))));
console.log('README.md: synonym and benchmark tables updated');
