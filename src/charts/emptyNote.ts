import { svgText } from './svg';

/** The sentence a chart shows in the middle of its plot when it has nothing to draw. */
export function emptyNote(document: Document, text: string, x: number, y: number) {
  return svgText(document, text, {
    class: 'empty',
    x,
    y,
    'text-anchor': 'middle',
    fill: 'currentColor',
  });
}
