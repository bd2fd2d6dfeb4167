import { textWidth } from './textWidth';

/** The text, cut with an ellipsis where needed to fit the width at this font size. */
export function truncateText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
