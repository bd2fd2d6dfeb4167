import type { KnownApp } from './apps';

/**
 * Names real exports use for the known apps. Matched after `lookupKey` (case, spaces and
 * punctuation ignored). Douyin (抖音) is ByteDance's Chinese app, not TikTok: it keeps its own id.
 */
export const APP_ALIASES: Readonly<Record<KnownApp | 'douyin', readonly string[]>> = {
  tiktok: ['TikTok', 'Tik Tok', 'TikTok - Videos, Music & LIVE', 'TikTok Lite', 'musical.ly'],
  xiaohongshu: [
    'Xiaohongshu',
    'RedNote',
    'Red Note',
    '小红书',
    '小紅書',
    'Xiaohongshu (RedNote)',
    'RedNote (Xiaohongshu)',
    'XHS',
    'Little Red Book',
    'Xiao Hong Shu',
    'rednote - 小红书',
  ],
  lemon8: ['Lemon8', 'Lemon 8', 'Lemon8 - Lifestyle Community'],
  capcut: ['CapCut', 'Cap Cut', 'CapCut - Video Editor'],
  clapper: ['Clapper', 'Clapper: Video, Live, Chat'],
  deepseek: ['DeepSeek', 'Deep Seek', 'DeepSeek - AI Assistant'],
  favorited: ['Favorited', 'Favorited: Live Streaming'],
  flip: ['Flip', 'Flip: Shop & Save'],
  instagram: ['Instagram', 'IG', 'Insta'],
  likee: ['Likee', 'Likee - Short Video Community'],
  douyin: ['Douyin', '抖音'],
};

/** How names are compared: case, spaces, punctuation and width differences ignored. */
export function lookupKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
