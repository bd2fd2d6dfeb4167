import type { Database, SqlQuery } from './database';

/** The database, with every query asked of it kept in `asked`, in the order asked. */
export function recordQueries(db: Database): { db: Database; asked: (SqlQuery | string)[] } {
  const asked: (SqlQuery | string)[] = [];
  return {
    asked,
    db: {
      ...db,
      query<T>(query: SqlQuery | string) {
        asked.push(query);
        return db.query<T>(query);
      },
    },
  };
}
