import { lab } from 'd3';
import { KNOWN_APPS } from '../domain/apps';
import { appColor } from './appColors';
import { seriesStyle, type SeriesStyle } from './seriesPalette';

/**
 * Closer than this in CIELAB (ΔE*ab), two solid lines read as one. The series palette's first
 * three colours sit within 3 to 15 of TikTok's, RedNote's and Lemon8's, which no chart of the
 * dashboard draws together, but a query result can.
 */
const CLASH = 20;

const distance = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
};

// `in` would also find `constructor` and the other properties every object inherits.
export const isKnownApp = (key: string) => Object.hasOwn(KNOWN_APPS, key);

/**
 * The style of each line: a known app's identity colour (the same in every chart); the other
 * lines take the series palette in order, passing over solid colours too close to an app's colour
 * in the same chart. Dashed styles are never passed over, so there is always a next style.
 */
export function resultSeriesStyles(keys: readonly string[]): SeriesStyle[] {
  const appColours = keys.filter(isKnownApp).map(appColor);
  const clashes = (style: SeriesStyle) =>
    !style.dashed && appColours.some((colour) => distance(colour, style.color) < CLASH);
  let next = 0;
  return keys.map((key) => {
    if (isKnownApp(key)) return { color: appColor(key), dashed: false };
    while (clashes(seriesStyle(next))) next += 1;
    return seriesStyle(next++);
  });
}
