/** Apps Driftwatch knows by name. Any other app keeps the slug of its name as its id. */
export const KNOWN_APPS = {
  tiktok: 'TikTok',
  xiaohongshu: 'Xiaohongshu (RedNote)',
  lemon8: 'Lemon8',
  capcut: 'CapCut',
  clapper: 'Clapper',
  deepseek: 'DeepSeek',
  favorited: 'Favorited',
  flip: 'Flip',
  instagram: 'Instagram',
  likee: 'Likee',
} as const satisfies Record<string, string>;

export type KnownApp = keyof typeof KNOWN_APPS;

/** The three apps of the January 2025 migration, the default selection everywhere. */
export const FOCUS_APPS: readonly KnownApp[] = ['tiktok', 'xiaohongshu', 'lemon8'];

export function appLabel(id: string): string {
  return (KNOWN_APPS as Record<string, string>)[id] ?? id;
}
