import { describe, expect, it } from 'vitest';
import { sourceLineText } from '../../src/export/sourceLineText';

describe('source line text', () => {
  it.each([
    [{ publishers: ['Reuters', 'CNN'], illustrative: false }, 'Sources: Reuters; CNN.'],
    [
      { publishers: ['Reuters'], illustrative: true },
      'Sources: Reuters. Other values are illustrative sample data, not published observations.',
    ],
    [
      { publishers: [], illustrative: true },
      'All values are illustrative sample data, not published observations.',
    ],
    [{ publishers: [], illustrative: false }, ''],
  ])('says %j as %j', (summary, text) => {
    expect(sourceLineText(summary)).toBe(text);
  });
});
