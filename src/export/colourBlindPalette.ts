import { APP_COLOURS } from '../charts/appColors';
import { HASHTAG_COLOURS } from '../charts/seriesPalette';

/** Okabe-Ito without black, which is the ink, and yellow, under 3:1 contrast on white. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** Lower case, `#abc` spelt out as `#aabbcc`. */
function normalHex(hex: string): string {
  const lower = hex.toLowerCase();
  if (lower.length !== 4) return lower;
  return '#' + [...lower.slice(1)].map((digit) => digit + digit).join('');
}

const SERIES = new Set([...APP_COLOURS, ...HASHTAG_COLOURS, ...PALETTE].map(normalHex));

const COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stop-color', 'color', 'style'];

// Not a `url(#abc)` reference, nor the first digits of an `#rrggbbaa`.
const HEX = /(?<!url\(\s*['"]?\s*)#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![\w-])/gi;

/**
 * The palette colour for each series colour in `used` (in order of first appearance), keyed by
 * lower-case `#rrggbb`. Palette colours keep themselves; the others take, in order, the palette
 * colours the chart does not already use.
 */
export function safeColourMap(used: readonly string[]): Map<string, string> {
  const keys = [...new Set(used.map(normalHex))];
  const free = PALETTE.filter((colour) => !keys.includes(colour.toLowerCase()));
  // Past the free colours they repeat, so two series then share a colour.
  const cycle = free.length > 0 ? free : PALETTE;
  let next = 0;
  return new Map(
    keys.map((key) => [
      key,
      PALETTE.find((colour) => colour.toLowerCase() === key) ?? cycle[next++ % cycle.length]!,
    ]),
  );
}

/**
 * Redraws an exported chart's app and hashtag series in colour-blind-safe colours, in place.
 * Ink, greys, the heat map's scale and anything else that is not a series colour stay.
 */
export function recolourSeries(root: Element): void {
  const attributes = [root, ...root.querySelectorAll('*')].flatMap((element) =>
    COLOUR_ATTRIBUTES.map((name) => element.getAttributeNode(name)).filter((a) => a !== null),
  );
  const used = attributes
    .flatMap((attribute) => [...attribute.value.matchAll(HEX)].map((m) => normalHex(m[0])))
    .filter((colour) => SERIES.has(colour));
  const safe = safeColourMap(used);
  for (const attribute of attributes) {
    const value = attribute.value.replace(HEX, (hex) => {
      const colour = safe.get(normalHex(hex));
      return colour && colour.toLowerCase() !== normalHex(hex) ? colour : hex;
    });
    if (value !== attribute.value) attribute.value = value;
  }
}
