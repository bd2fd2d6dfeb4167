import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withBenchTable } from '../scripts/readme/benchTable';
import { withSynonymTable } from '../scripts/readme/synonymTable';

describe('the README', () => {
  it('lists the header names the ingest accepts, as the code has them (npm run readme)', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withSynonymTable(readme));
    expect(readme).toContain('| `views` | hashtag views | `views`, `view count`, `plays`');
  });

  it('shows the benchmark table of the committed bench/results.json (npm run readme)', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toBe(withBenchTable(readme));
    expect(readme).toMatch(/\| import, 1M rows/);
  });
});
