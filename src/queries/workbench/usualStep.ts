import type { ResultSeries } from '../../charts/resultLineChart';

/**
 * The step between a line's rows that occurs most often (a day, a week, an hour), in ms; null
 * with fewer than two rows in every line. A line that skips more than this has no rows there,
 * and the chart breaks it rather than draw a value nobody observed.
 */
export function usualStep(series: readonly ResultSeries[]): number | null {
  const counts = new Map<number, number>();
  for (const { points } of series) {
    for (let i = 1; i < points.length; i++) {
      const step = points[i]!.date.getTime() - points[i - 1]!.date.getTime();
      if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [step, count] of counts)
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && step < best))
      best = step;
  return best;
}

/** How many times a line goes longer than `limit` ms without a row. */
export function breaksOver(series: readonly ResultSeries[], limit: number): number {
  let breaks = 0;
  for (const { points } of series)
    for (let i = 1; i < points.length; i++)
      if (points[i]!.date.getTime() - points[i - 1]!.date.getTime() > limit) breaks += 1;
  return breaks;
}
