import fc from 'fast-check';
import type { Database } from '../../src/db/database';

export type Text = string | null;

/**
 * Evaluates SQL expressions over `s` for every input in ONE query (duckdb-wasm binds scalars
 * only, so the inputs travel as a VALUES list of placeholders). Results come back as text, so
 * BIGINTs stay exact and dates read as ISO strings.
 */
export async function evaluateColumns<K extends string>(
  db: Database,
  expressions: Readonly<Record<K, string>>,
  inputs: readonly Text[],
): Promise<Record<K, Text>[]> {
  if (inputs.length === 0) return [];
  const columns = Object.entries<string>(expressions)
    .map(([name, expression]) => `(${expression})::VARCHAR AS "${name}"`)
    .join(', ');
  const values = inputs.map(() => '(?::INTEGER, ?::VARCHAR)').join(', ');
  return db.query<Record<K, Text>>({
    sql: `SELECT ${columns} FROM (VALUES ${values}) AS v(i, s) ORDER BY v.i`,
    params: inputs.flatMap((input, i) => [i, input]),
  });
}

/** One expression over every input; the results in input order. */
export async function evaluateEach(
  db: Database,
  expression: string,
  inputs: readonly Text[],
): Promise<Text[]> {
  const rows = await evaluateColumns(db, { out: expression }, inputs);
  return rows.map((row) => row.out);
}

/** Pairs each input with its result, so a failing expectation shows which input went wrong. */
export async function resultsOf(
  db: Database,
  expression: string,
  inputs: readonly Text[],
): Promise<[Text, Text][]> {
  const outputs = await evaluateEach(db, expression, inputs);
  return inputs.map((input, i) => [input, outputs[i] ?? null]);
}

/**
 * Samples of an arbitrary, batched by the caller into one query. The seed is random unless
 * DW_FC_SEED is set; it is part of every failure message, so a failure can be replayed.
 */
export function samplesOf<T>(arbitrary: fc.Arbitrary<T>, numRuns: number) {
  const seed = Number(process.env.DW_FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
  return { values: fc.sample(arbitrary, { numRuns, seed }), seed: `DW_FC_SEED=${seed}` };
}
