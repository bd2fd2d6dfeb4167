import type { ScaleTime } from 'd3';
import type { TimeTicks } from './timeTicks';

const DAY = 86_400_000;
const STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728];

/** "0" on the day, "+7 d" after it and "−7 d" (a true minus sign) before it. */
export function relativeDayLabel(days: number): string {
  if (days === 0) return '0';
  return `${days > 0 ? '+' : '\u2212'}${Math.abs(days)} d`;
}

/**
 * Ticks counted in days from an aligning date, at the smallest of 1, 2, 7, 14, 28… days apart
 * that leaves about 60 px per label, always through the aligning day itself.
 */
export function relativeDayTicks(
  x: ScaleTime<number, number>,
  alignOn: Date,
  innerWidth: number,
): TimeTicks {
  const [from, to] = x.domain().map((d) => Math.round((d.getTime() - alignOn.getTime()) / DAY)) as [
    number,
    number,
  ];
  const maxTicks = Math.max(2, Math.floor(innerWidth / 60));
  const step = STEPS.find((s) => Math.floor(to / s) - Math.ceil(from / s) + 1 <= maxTicks) ?? 1092;
  const values: Date[] = [];
  for (let k = Math.ceil(from / step); k * step <= to; k += 1) {
    values.push(new Date(alignOn.getTime() + k * step * DAY));
  }
  return {
    values,
    format: (date) => relativeDayLabel(Math.round((date.getTime() - alignOn.getTime()) / DAY)),
  };
}
