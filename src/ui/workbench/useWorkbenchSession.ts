import { useEffect, useState } from 'react';
import type { Database, SqlSession } from '../../db/database';

/** The workbench's own connection, opened with it and closed (a running query stopped) after. */
export function useWorkbenchSession(db: Database): SqlSession | null {
  const [session, setSession] = useState<SqlSession | null>(null);
  useEffect(() => {
    let opened: SqlSession | null = null;
    let current = true;
    void db.openSession().then((s) => {
      if (current) setSession((opened = s));
      else void s.close();
    });
    return () => {
      current = false;
      const closing = opened;
      if (closing) void closing.cancel().finally(() => closing.close());
    };
  }, [db]);
  return session;
}
