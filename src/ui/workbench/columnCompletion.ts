import type { Completion, CompletionSource } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';

/** Table or view name -> its column names, for completion. */
export type CompletionSchema = Readonly<Record<string, readonly string[]>>;

const NOT_CODE = new Set(['String', 'LineComment', 'BlockComment', 'QuotedIdentifier']);

/**
 * Column names wherever a name is typed, not only after `table.`: an analyst types `SELECT dow`
 * before the FROM that would say which table. Each option names the tables that have it.
 */
export function columnCompletion(schema: CompletionSchema): CompletionSource {
  const tablesOf = new Map<string, string[]>();
  for (const [table, columns] of Object.entries(schema))
    for (const column of columns) tablesOf.set(column, [...(tablesOf.get(column) ?? []), table]);
  const options: Completion[] = [...tablesOf].map(([name, tables]) => ({
    label: name,
    type: 'property',
    detail: tables.length > 2 ? `${tables.slice(0, 2).join(', ')}, …` : tables.join(', '),
    apply: /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`,
    boost: -1,
  }));
  return (context) => {
    const word = context.matchBefore(/[\w$]+$/);
    if (!word && !context.explicit) return null;
    const from = word?.from ?? context.pos;
    if (context.state.sliceDoc(from - 1, from) === '.') return null;
    if (NOT_CODE.has(syntaxTree(context.state).resolveInner(context.pos, -1).name)) return null;
    return { from, options, validFor: /^[\w$]*$/ };
  };
}
