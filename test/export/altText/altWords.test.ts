import { describe, expect, it } from 'vitest';
import { duringText, listText, spanText } from '../../../src/export/altText/altDates';
import { changeText, countText } from '../../../src/export/altText/countText';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('dates in alt text', () => {
  it.each([
    [utc(2025, 1, 16), utc(2025, 1, 19), '16 to 19 Jan 2025'],
    [utc(2025, 1, 19), utc(2025, 2, 13), '19 Jan to 13 Feb 2025'],
    [utc(2024, 12, 30), utc(2025, 1, 2), '30 Dec 2024 to 2 Jan 2025'],
    [utc(2024, 1, 5), utc(2025, 1, 5), '5 Jan 2024 to 5 Jan 2025'],
    [utc(2025, 1, 6), utc(2025, 1, 6), '6 Jan 2025'],
  ])('writes %s – %s as %j', (from, to, text) => {
    expect(spanText(from, to)).toBe(text);
  });

  it('says "from" a span and "on" a single day', () => {
    expect(duringText(utc(2025, 1, 19), utc(2025, 2, 13))).toBe('from 19 Jan to 13 Feb 2025');
    expect(duringText(utc(2025, 1, 19), utc(2025, 1, 19))).toBe('on 19 Jan 2025');
  });

  it('lists with commas and a final "and"', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listText)).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});

describe('numbers in alt text', () => {
  it.each([
    [0, '0'],
    [950.4, '950'],
    [999.6, '1,000'],
    [45_678, '45,700'],
    [999_999, '1 million'],
    [1_234_567, '1.23 million'],
    [2_100_000, '2.1 million'],
    [3_000_000_000, '3 billion'],
    [-2_000_000, 'minus 2 million'],
  ])('says %d as %j', (value, text) => {
    expect(countText(value)).toBe(text);
  });

  it.each([
    [20_000, 1_100_000, 'up 5,400%'],
    [2_000_000, 800_000, 'down 60%'],
    [50, 50.2, 'unchanged'],
    [0, 10, null],
  ])('says the change from %d to %d as %j', (from, to, text) => {
    expect(changeText(from, to)).toBe(text);
  });
});
