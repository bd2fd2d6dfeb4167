/**
 * Identity colours, fixed per app so an app looks the same in every chart. Taken from the
 * Okabe-Ito palette, which stays distinguishable under the common colour-vision deficiencies.
 */
const IDENTITY: Record<string, string> = {
  tiktok: '#0072B2',
  xiaohongshu: '#D55E00',
  lemon8: '#009E73',
  capcut: '#CC79A7',
  clapper: '#56B4E9',
  deepseek: '#E69F00',
  likee: '#882255',
  flip: '#999933',
  instagram: '#AA4499',
  favorited: '#44AA99',
};

const FALLBACK = ['#332288', '#117733', '#88CCEE', '#DDCC77', '#CC6677', '#661100'];

export function appColor(app: string): string {
  const known = IDENTITY[app];
  if (known) return known;
  let hash = 0;
  for (const ch of app) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK[hash % FALLBACK.length]!;
}
