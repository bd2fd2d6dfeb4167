import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, parseCsv, readData } from './sampleFiles';

const SHARED_REFERENCE = fileURLToPath(
  new URL('../../../shared/reference/events.csv', import.meta.url),
);
/** A copy of the shared reference, so a clone without it (CI) still checks the events. */
const REFERENCE_COPY = fileURLToPath(new URL('../fixtures/reference-events.csv', import.meta.url));

describe('events.csv', () => {
  it('holds exactly the rows of the reference events file, in its order', () => {
    const reference = readFileSync(REFERENCE_COPY, 'utf8');
    expect(readData('events.csv')).toBe(reference);
    // Where the shared reference is at hand, the copy must still be that file.
    if (existsSync(SHARED_REFERENCE))
      expect(reference).toBe(readFileSync(SHARED_REFERENCE, 'utf8'));
  });

  it('quotes fields that contain commas and keeps every event dated and sourced', () => {
    const rows = parseCsv(readData('events.csv'), EVENT_COLUMNS);
    expect(rows.length).toBe(17);
    expect(readData('events.csv')).toContain('"More than 700,000 new RedNote users in two days"');
    for (const r of rows) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source).not.toBe('');
    }
  });
});
