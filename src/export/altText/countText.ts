const words: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
];

const grouped = (value: number) => value.toLocaleString('en-US');

/**
 * A count as it is said: three significant figures, "million" and "billion" in words (a screen
 * reader reads "1.2M" as "1.2 m"), digits grouped: 950, 45,700, 1.23 million, 2 billion.
 */
export function countText(value: number): string {
  const sign = value < 0 ? 'minus ' : '';
  const size = Math.abs(value);
  const rounded = size < 1000 ? Math.round(size) : Number(size.toPrecision(3));
  for (const [unit, word] of words) {
    if (rounded >= unit) return `${sign}${Number((rounded / unit).toPrecision(3))} ${word}`;
  }
  return sign + grouped(rounded);
}

/** A change between two values in words: "up 150%", "down 40%", "unchanged"; null from zero. */
export function changeText(from: number, to: number): string | null {
  if (from === 0) return null;
  const percent = Math.round(((to - from) / Math.abs(from)) * 100);
  if (percent === 0) return 'unchanged';
  return `${percent > 0 ? 'up' : 'down'} ${grouped(Math.abs(percent))}%`;
}
