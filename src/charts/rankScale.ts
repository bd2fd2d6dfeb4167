import { scaleLinear, scaleLog } from 'd3';

export type RankScaleKind = 'log' | 'linear';

/** Rank 1 at the top; at least down to #10 so a chart of leaders still has depth. */
export function rankScale(kind: RankScaleKind, maxRank: number, top: number, bottom: number) {
  const domain: [number, number] = [1, Math.max(10, maxRank)];
  return kind === 'log'
    ? scaleLog().domain(domain).range([top, bottom]).nice()
    : scaleLinear().domain(domain).range([top, bottom]).nice();
}

/** Log ticks at 1, 2 and 5 of each decade; linear ticks as d3 chooses, always with #1. */
export function rankTicks(
  scale: ReturnType<typeof rankScale>,
  kind: RankScaleKind,
  height: number,
): number[] {
  const ticks = scale.ticks(Math.max(2, Math.floor(height / 40)));
  if (kind === 'log') {
    return ticks.filter((t) => [1, 2, 5].includes(t / 10 ** Math.floor(Math.log10(t) + 1e-9)));
  }
  return [1, ...ticks.filter((t) => t > 1)];
}

export const rankLabel = (rank: number) => `#${rank}`;
