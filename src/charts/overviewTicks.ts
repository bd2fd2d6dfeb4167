import { utcFormat, utcMonth, utcYear, type ScaleTime } from 'd3';
import { calendarTicks } from './calendarTicks';
import type { TimeTicks } from './timeTicks';

const MONTH_STEPS = [1, 2, 3, 6];
const month = utcFormat('%b');
const monthYear = utcFormat('%b %Y');
const year = utcFormat('%Y');

/**
 * The sparse axis of a context chart: month starts ("Feb"; "2025" at January; "Oct 2024" first),
 * or only years when months would crowd; calendar days when the range is under two months.
 */
export function overviewTicks(x: ScaleTime<number, number>, innerWidth: number): TimeTicks {
  const maxTicks = Math.max(2, Math.floor(innerWidth / 55));
  const step = MONTH_STEPS.find((n) => x.ticks(utcMonth.every(n)!).length <= maxTicks);
  if (step === undefined) {
    const every = Math.ceil(x.ticks(utcYear).length / maxTicks);
    return { values: x.ticks(utcYear.every(every)!), format: year };
  }
  const values = x.ticks(utcMonth.every(step)!);
  if (values.length < 2) return calendarTicks(x, innerWidth);
  return {
    values,
    format: (date, i) =>
      date.getUTCMonth() === 0 ? year(date) : i === 0 ? monthYear(date) : month(date),
  };
}
