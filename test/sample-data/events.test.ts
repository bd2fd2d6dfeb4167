import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, parseCsv, readData } from './sampleFiles';

const REFERENCE_EVENTS = fileURLToPath(
  new URL('../../../shared/reference/events.csv', import.meta.url),
);

describe('events.csv', () => {
  it('holds exactly the rows of the shared reference events file, in its order', (context) => {
    context.skip(
      !existsSync(REFERENCE_EVENTS),
      `skipped: ${REFERENCE_EVENTS} is not there to compare with (the embedded copy is still checked below)`,
    );
    expect(readData('events.csv')).toBe(readFileSync(REFERENCE_EVENTS, 'utf8'));
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
