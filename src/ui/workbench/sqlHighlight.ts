import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/** SQL colours from the page's theme variables, so the editor follows light and dark. */
export const sqlHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--sql-keyword)', fontWeight: '600' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sql-type)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--sql-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--sql-number)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.operator, tags.punctuation, tags.bracket], color: 'var(--fg)' },
  { tag: tags.special(tags.name), color: 'var(--sql-number)' },
]);
