import { tableFromIPC } from 'apache-arrow';
import { decodeTablesBundle, encodeTablesBundle } from '../ingest/bundle/tablesBundle';
import type { Row, SqlQuery } from '../db/database';
import { queryKey } from '../db/queryCache';
import { toRows } from '../db/toRows';

/** Each query's answer as an Arrow IPC stream, under its `queryKey`. */
export type EarlyAnswers = ReadonlyMap<string, Uint8Array>;

/** Answers in one file: the format of the bundled tables, each named by its query's key. */
export function encodeEarlyAnswers(
  answers: readonly { readonly query: SqlQuery | string; readonly stream: Uint8Array }[],
): Uint8Array {
  return encodeTablesBundle(answers.map((a) => ({ name: queryKey(a.query), stream: a.stream })));
}

export function decodeEarlyAnswers(bytes: Uint8Array): EarlyAnswers {
  return new Map(decodeTablesBundle(bytes).map((t) => [t.name, t.stream]));
}

/** The rows of a query's answer, converted as the engine's own answers are; null if not held. */
export function earlyRows<T = Row>(answers: EarlyAnswers, query: SqlQuery | string): T[] | null {
  const stream = answers.get(queryKey(query));
  return stream ? toRows<T>(tableFromIPC(stream)) : null;
}
