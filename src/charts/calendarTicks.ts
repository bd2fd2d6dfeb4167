import { utcDay, type ScaleTime } from 'd3';
import type { TimeTicks } from './timeTicks';
import { utcTickFormat } from './utcTickFormat';

const isMidnight = (date: Date) => utcDay.floor(date).getTime() === date.getTime();

/**
 * Calendar dates, about one every 90 px. The data are days, so a short range that d3 would tick
 * every few hours is ticked once a day instead.
 */
export function calendarTicks(x: ScaleTime<number, number>, innerWidth: number): TimeTicks {
  const ticks = x.ticks(Math.max(3, Math.floor(innerWidth / 90)));
  const values = ticks.every(isMidnight) ? ticks : x.ticks(utcDay);
  return { values, format: utcTickFormat };
}
