import { utcFormat, utcMonth, utcYear } from 'd3';

const day = utcFormat('%-d %b');
const month = utcFormat('%b');
const monthYear = utcFormat('%b %Y');

/**
 * Date ticks that read as a journalist would write them: "13 Jan" for days, "Feb" for the
 * start of a month, and the year on the first tick and at each January.
 */
export function utcTickFormat(date: Date, index: number): string {
  const isMonthStart = utcMonth.floor(date).getTime() === date.getTime();
  if (!isMonthStart) return index === 0 ? `${day(date)} ${date.getUTCFullYear()}` : day(date);
  const isYearStart = utcYear.floor(date).getTime() === date.getTime();
  return index === 0 || isYearStart ? monthYear(date) : month(date);
}
