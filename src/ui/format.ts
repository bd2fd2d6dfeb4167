import { utcFormat } from 'd3';

const day = utcFormat('%-d %b %Y');

/** Numbers, dates and changes as the dashboard writes them. */
export const formatCount = (value: number | null) =>
  value === null ? '–' : value.toLocaleString('en-US');
export const formatDay = (date: Date | null) => (date === null ? '–' : day(date));
export const formatRank = (rank: number | null) => (rank === null ? 'not ranked' : `#${rank}`);

/** 2.94 -> "+194%", 0.5 -> "−50%". */
export function formatChange(ratio: number | null): string {
  if (ratio === null) return '–';
  const percent = Math.round((ratio - 1) * 100);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${Math.abs(percent)}%` : '±0%';
}

/** A number for a CSV: no separators or units, float noise trimmed (0.1 + 0.2 -> 0.3); blank for none. */
export const plainNumber = (value: number | null) =>
  value === null ? '' : String(Number(value.toPrecision(12)));
