import { useEffect, useMemo, useRef } from 'react';
import type { SqlSession } from '../../db/database';
import { splitStatements } from '../../queries/workbench/splitStatements';
import { statementEffect } from '../../queries/workbench/statementEffect';
import type { WorkbenchLink } from '../../state/workbenchLink';

const NOT_RUN =
  'This link’s query would change data, so it was not run. Read it, then Run query if you mean it.';

/**
 * A shared link opens with its answer: its query runs once the workbench's connection is ready,
 * and its chart is drawn from the result. A query that would change data never runs from a
 * link: whoever opens it reads it first and runs it on purpose.
 */
export function useLinkedRun(
  session: SqlSession | null,
  link: WorkbenchLink,
  run: (sql: string, base: number) => void,
) {
  const started = useRef(false);
  const writes = useMemo(
    () =>
      link.query !== null &&
      splitStatements(link.query).some((s) => statementEffect(s.text).kind !== 'read'),
    [link.query],
  );
  const chart = useRef(writes ? null : link.chart);
  useEffect(() => {
    if (!session || started.current || !link.query || writes) return;
    started.current = true;
    run(link.query, 0);
    // Once per workbench, when its connection is ready.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  return {
    notice: writes ? NOT_RUN : null,
    /** The link's chart, handed over once, for the first result. */
    takeChart: () => {
      const taken = chart.current;
      chart.current = null;
      return taken;
    },
  };
}
