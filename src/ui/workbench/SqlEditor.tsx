import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { sql } from '@codemirror/lang-sql';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { DuckDB } from '../../queries/workbench/duckdbDialect';
import { columnCompletion, type CompletionSchema } from './columnCompletion';
import { errorMarkField, setErrorMark } from './errorMark';
import { sqlHighlight } from './sqlHighlight';

export interface SqlEditorHandle {
  /** Replaces the text (an example, a saved query); undoable. */
  setText(text: string): void;
  /** Types text at the cursor, as a click in the schema browser does. */
  insert(text: string): void;
  /** The selected text and where it starts; null when nothing is selected. */
  selection(): { readonly text: string; readonly from: number } | null;
  /** Marks an offset of the text as where the last run failed; null clears it. */
  markError(position: number | null): void;
  focus(): void;
}

interface SqlEditorProps {
  readonly initial: string;
  readonly schema: CompletionSchema;
  readonly onChange: (text: string) => void;
  readonly onRun: () => void;
}

function language(schema: CompletionSchema) {
  return [
    sql({
      dialect: DuckDB,
      upperCaseKeywords: true,
      schema: Object.fromEntries(Object.entries(schema).map(([t, columns]) => [t, [...columns]])),
    }),
    DuckDB.language.data.of({ autocomplete: columnCompletion(schema) }),
  ];
}

/** The workbench's SQL editor: CodeMirror 6 with DuckDB's SQL, schema completion and Ctrl+Enter. */
export const SqlEditor = forwardRef<SqlEditorHandle, SqlEditorProps>(function SqlEditor(
  { initial, schema, onChange, onRun },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun });
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  }, [onChange, onRun]);

  useEffect(() => {
    const run = () => {
      callbacks.current.onRun();
      return true;
    };
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initial,
        extensions: [
          Prec.highest(
            keymap.of([
              { key: 'Mod-Enter', run },
              { key: 'Shift-Enter', run },
            ]),
          ),
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          autocompletion({ activateOnTyping: true }),
          // Tab is left to the browser, so a keyboard user can leave the editor.
          keymap.of([
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
          ]),
          syntaxHighlighting(sqlHighlight),
          languageSlot.current.of(language({})),
          errorMarkField,
          placeholder('SELECT * FROM rankings_current LIMIT 10'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'SQL query' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is made once; `initial` only seeds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(language(schema)) });
  }, [schema]);

  useImperativeHandle(ref, () => ({
    setText(text) {
      const editor = view.current!;
      editor.dispatch({
        changes: { from: 0, to: editor.state.doc.length, insert: text },
        selection: { anchor: text.length },
      });
    },
    insert(text) {
      const editor = view.current!;
      editor.dispatch(editor.state.replaceSelection(text));
      editor.focus();
    },
    selection() {
      const { state } = view.current!;
      const { from, to } = state.selection.main;
      return from === to ? null : { text: state.sliceDoc(from, to), from };
    },
    markError(position) {
      const editor = view.current!;
      editor.dispatch({
        effects: setErrorMark.of(position),
        ...(position !== null && position <= editor.state.doc.length
          ? { selection: { anchor: position }, scrollIntoView: true }
          : {}),
      });
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div className="sql-editor" ref={host} />;
});
