import { isoDay } from '../charts/isoDay';

export const MAX_FILE_NAME = 60;

/** ASCII lower case and dashes: accents dropped (é -> e), anything else a separator. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name for an export: `rednote-tops-the-us-app-store-2025-01-13.svg`. The title's slug
 * (cut at a dash to keep the whole name within 60 characters; `chart` when the title has no
 * Latin letters or digits), the date's UTC day, and the extension.
 */
export function exportFileName(title: string, date: Date, extension: string): string {
  const ext = slug(extension);
  const tail = `-${isoDay(date)}${ext ? `.${ext}` : ''}`;
  const room = MAX_FILE_NAME - tail.length;
  let name = slug(title) || 'chart';
  if (name.length > room) {
    const cut = name.slice(0, room + 1);
    const dash = cut.lastIndexOf('-');
    name = (dash > 0 ? cut.slice(0, dash) : cut.slice(0, room)).replace(/-+$/, '');
  }
  return name + tail;
}
