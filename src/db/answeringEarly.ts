import type { Database, Row, SqlQuery } from './database';

/** The rows of a query's answer known before the engine is ready, or null. */
export type EarlyLookup = (query: SqlQuery | string) => Row[] | null;

/**
 * A database that answers the queries it knows the answers to while the engine starts, and
 * everything else once `engine` is ready (its tables filled). Only for answers read from the
 * very tables the engine will hold: the same query must give the same rows from either.
 */
export function answeringEarly(engine: Promise<Database>, early: Promise<EarlyLookup>): Database {
  let ready: Database | null = null;
  engine.then(
    (db) => (ready = db),
    () => {},
  );
  // Without its answers, every query waits for the engine.
  early.catch(() => {});
  const later = <T>(ask: (db: Database) => Promise<T>) => (ready ? ask(ready) : engine.then(ask));
  return {
    async query<T>(query: SqlQuery | string): Promise<T[]> {
      if (!ready) {
        const lookup = await early.catch(() => null);
        // The engine may have become ready meanwhile: it answers from then on.
        const known = ready ? null : lookup?.(query);
        if (known) return known as T[];
      }
      return later((db) => db.query<T>(query));
    },
    exec: (sql) => later((db) => db.exec(sql)),
    registerFile: (name, content) => later((db) => db.registerFile(name, content)),
    dropFile: (name) => later((db) => db.dropFile(name)),
    createTableFromArrow: (name, stream) => later((db) => db.createTableFromArrow(name, stream)),
    openSession: () => later((db) => db.openSession()),
    close: () => later((db) => db.close()),
  };
}
