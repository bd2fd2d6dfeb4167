import { interpolateCividis, scaleSequentialLog } from 'd3';

/** The ranks a store chart has (1..1500): fixed, so a colour means the same rank in every view. */
export const RANK_DOMAIN: readonly [number, number] = [1, 1500];

/**
 * Rank as colour on a log scale, from cividis (readable with any common colour-vision
 * deficiency): #1 is the bright yellow end, which stands out on light and dark pages alike.
 * The darkest tenth is left out: it would be hard to tell from the page in the dark theme.
 */
export const rankColor = scaleSequentialLog((t: number) => interpolateCividis(1 - 0.88 * t))
  .domain(RANK_DOMAIN as [number, number])
  .clamp(true);
