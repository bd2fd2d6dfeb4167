import { format } from 'd3';

const si = format('.3~s');

/**
 * Counts as a reader writes them: 950, 12k, 1.2M, 3B. d3's SI prefixes say G for a billion,
 * which reads as a unit to most people, so it becomes B.
 */
export function siFormat(value: number): string {
  const text = si(value).replace('G', 'B');
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}
