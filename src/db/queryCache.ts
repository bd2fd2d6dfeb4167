import type { Database, SqlQuery } from './database';

/** Enough for every chart of a few recent views; a heat map's answer is the largest, ~60k rows. */
const KEPT_ANSWERS = 48;

/** What names a query's answer: its text and the values of its placeholders. */
export const queryKey = (query: SqlQuery | string) =>
  typeof query === 'string' ? query : JSON.stringify([query.sql, query.params]);

/**
 * The database, with the answers of `query` kept while the data stays as it is: the same query
 * asked again (a filter set back, the events every time chart reads) is answered at once, and
 * one asked while the same is running waits for that one. Make a new one whenever the data
 * changes; statements of any other kind pass straight through. Answers are shared: never
 * change the rows of one.
 */
export function withQueryCache(db: Database): Database {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    ...db,
    query<T>(query: SqlQuery | string): Promise<T[]> {
      const key = queryKey(query);
      let answer = answers.get(key);
      if (answer) answers.delete(key);
      else {
        answer = db.query<T>(query);
        // A failure is not kept: asking again tries again.
        answer.catch(() => answers.get(key) === answer && answers.delete(key));
      }
      answers.set(key, answer);
      if (answers.size > KEPT_ANSWERS) answers.delete(answers.keys().next().value!);
      return answer as Promise<T[]>;
    },
  };
}
