/**
 * Identity colours, fixed per app so an app looks the same in every chart. The three focus apps
 * and CapCut use the Okabe-Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies; the others are tuned so that every colour has 3:1 contrast on both the light and
 * the dark page and every pair stays apart under simulated protanopia, deuteranopia and
 * tritanopia (test/charts/colourBlindness.test.ts).
 */
const IDENTITY: Record<string, string> = {
  tiktok: '#0072B2',
  xiaohongshu: '#D55E00',
  lemon8: '#009E73',
  capcut: '#CC79A7',
  clapper: '#7391C3',
  deepseek: '#AA8C46',
  likee: '#B9325A',
  flip: '#698C1E',
  instagram: '#AA4499',
  favorited: '#558782',
};

const FALLBACK = ['#332288', '#117733', '#88CCEE', '#DDCC77', '#CC6677', '#661100'];

/** Every colour an app can get: the identity colours, then the fallbacks. */
export const APP_COLOURS: readonly string[] = Object.freeze([
  ...Object.values(IDENTITY),
  ...FALLBACK,
]);

export function appColor(app: string): string {
  const known = IDENTITY[app];
  if (known) return known;
  let hash = 0;
  for (const ch of app) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK[hash % FALLBACK.length]!;
}
