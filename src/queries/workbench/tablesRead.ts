import { VIEW_TABLES, type DataTable } from '../../db/schema';
import { DuckDB } from './duckdbDialect';

const DATA_TABLES: readonly DataTable[] = ['app_rankings', 'hashtag_views', 'events'];
const NAMES = new Set(['Identifier', 'QuotedIdentifier', 'Keyword', 'Type', 'Builtin']);
/** A character that, next to a name token, makes it part of a longer name the tokenizer split. */
const JOINED = /[\p{L}\p{M}\p{N}_$"]/u;

function tablesNamed(name: string): readonly DataTable[] {
  if ((DATA_TABLES as readonly string[]).includes(name)) return [name as DataTable];
  return Object.hasOwn(VIEW_TABLES, name) ? VIEW_TABLES[name]! : [];
}

/**
 * The canonical tables a query reads, directly or through the views: any name in it (not in
 * strings or comments) that is a table's or a view's, in the tables' order. A column that shares
 * a table's name counts too: better to list a source the query does not read than miss one.
 */
export function tablesRead(sql: string): DataTable[] {
  const read = new Set<DataTable>();
  const note = (from: number, to: number) => {
    // The tokenizer splits `_events` and `"a""events"`; a piece of a name is not that name.
    if (JOINED.test(sql.charAt(from - 1)) || JOINED.test(sql.charAt(to))) return;
    const text = sql.slice(from, to);
    const name = (text.startsWith('"') ? text.slice(1, -1) : text).toLowerCase();
    for (const table of tablesNamed(name)) read.add(table);
  };
  DuckDB.language.parser.parse(sql).iterate({
    enter(node) {
      if (node.name === 'CompositeIdentifier') {
        const last = node.node.lastChild;
        if (last && NAMES.has(last.name)) note(last.from, last.to);
        return false;
      }
      if (NAMES.has(node.name)) note(node.from, node.to);
    },
  });
  return DATA_TABLES.filter((table) => read.has(table));
}
