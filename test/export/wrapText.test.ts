import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/textWidth';
import { wrapText } from '../../src/export/wrapText';

// At font size 10 a plain letter is 5.6 px wide by the charts' estimate (m and w 8.5).
describe('wrapping export text', () => {
  it('breaks between words so that no line is wider than the width', () => {
    const text = 'RedNote tops the US App Store as TikTok users look for a new home';
    const lines = wrapText(text, 10, 120);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(120);
    expect(lines[0]).toBe('RedNote tops the US');
  });

  it('keeps explicit line breaks and drops blank lines', () => {
    expect(wrapText('Note one.\n\nNote two.\r\nThree', 10, 500)).toEqual([
      'Note one.',
      'Note two.',
      'Three',
    ]);
  });

  it('cuts a word wider than a line, such as a URL, into pieces that fit', () => {
    // 10 characters of 5.6 px fit in 60 px; 11 do not.
    expect(wrapText('see abcdefghijklmnopqrstuvwxy', 10, 60)).toEqual([
      'see',
      'abcdefghij',
      'klmnopqrst',
      'uvwxy',
    ]);
  });

  it('gives no line for empty text', () => {
    expect(wrapText('  \n ', 12, 100)).toEqual([]);
  });
});
