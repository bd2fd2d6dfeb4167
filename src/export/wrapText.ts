import { textWidth } from '../charts/textWidth';

/** Cuts a word wider than the line into pieces that fit, a character at a time. */
function breakWord(word: string, fontSize: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize) > width) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Breaks text into lines no wider than `width` at this font size (by the charts' own estimate,
 * so layout is the same in jsdom and the browser): between words, at explicit line breaks, and
 * inside a word (a long URL) only where the word alone is wider than a line.
 */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (textWidth(candidate, fontSize) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      const pieces = breakWord(word, fontSize, width);
      current = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    if (current) lines.push(current);
  }
  return lines;
}
