import { utcFormat } from 'd3';

const full = utcFormat('%-d %b %Y');
const dayMonth = utcFormat('%-d %b');
const dayOnly = utcFormat('%-d');
const sameDay = (a: Date, b: Date) => full(a) === full(b);

/** "6 Jan 2025" */
export const dayText = (date: Date) => full(date);

/**
 * Two days as briefly as is unambiguous: "16 to 19 Jan 2025", "19 Jan to 13 Feb 2025",
 * "30 Dec 2024 to 2 Jan 2025"; a single day once.
 */
export function spanText(from: Date, to: Date): string {
  if (sameDay(from, to)) return full(from);
  const year = from.getUTCFullYear() === to.getUTCFullYear();
  const month = year && from.getUTCMonth() === to.getUTCMonth();
  return `${(month ? dayOnly : year ? dayMonth : full)(from)} to ${full(to)}`;
}

/** "from 16 to 19 Jan 2025", or "on 6 Jan 2025" for a single day. */
export const duringText = (from: Date, to: Date) =>
  sameDay(from, to) ? `on ${full(from)}` : `from ${spanText(from, to)}`;

/** "1 day", "8 days" */
export const daysText = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** "a", "a and b", "a, b and c" */
export function listText(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
