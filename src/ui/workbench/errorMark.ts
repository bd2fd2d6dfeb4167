import { StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Marks where DuckDB said a statement went wrong: the word there, and its line. */
export const setErrorMark = StateEffect.define<number | null>();

const word = Decoration.mark({ class: 'cm-sql-error' });
const line = Decoration.line({ class: 'cm-sql-error-line' });

function marks(view: EditorView['state'], position: number | null): DecorationSet {
  if (position === null || position > view.doc.length) return Decoration.none;
  const at = view.doc.lineAt(position);
  const rest = at.text.slice(position - at.from);
  const length = Math.max(1, /^[\w$]+|^\S/u.exec(rest)?.[0].length ?? 1);
  const ranges: Range<Decoration>[] = [line.range(at.from)];
  if (position < at.to) ranges.push(word.range(position, Math.min(at.to, position + length)));
  return Decoration.set(ranges, true);
}

/** The error mark: set by `setErrorMark`, cleared by the next edit. */
export const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    for (const effect of transaction.effects)
      if (effect.is(setErrorMark)) return marks(transaction.state, effect.value);
    return transaction.docChanged ? Decoration.none : value;
  },
  provide: (field) => EditorView.decorations.from(field),
});
