import { readFile, writeFile } from 'node:fs/promises';
import { withSynonymTable } from './readme/synonymTable';

const path = new URL('../README.md', import.meta.url);
await writeFile(path, withSynonymTable(await readFile(path, 'utf8')));
console.log('README.md: synonym table updated');
