/**
 * Colours for series that are not apps (hashtags), so they are never mistaken for an app's
 * identity colour: Paul Tol's "vibrant" scheme, safe for colour-blind readers, without its grey,
 * which vanishes on a light page. Assigned in input order, so the same input gives the same
 * colours; past six, the colours repeat on dashed lines.
 */
const VIBRANT = ['#0077BB', '#EE7733', '#009988', '#EE3377', '#33BBEE', '#CC3311'];

/** Every colour a hashtag series can get, in assignment order. */
export const HASHTAG_COLOURS: readonly string[] = Object.freeze([...VIBRANT]);

export interface SeriesStyle {
  readonly color: string;
  readonly dashed: boolean;
}

export function seriesStyle(index: number): SeriesStyle {
  return {
    color: VIBRANT[index % VIBRANT.length]!,
    dashed: Math.floor(index / VIBRANT.length) % 2 === 1,
  };
}
