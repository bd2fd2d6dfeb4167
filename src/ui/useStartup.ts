import { useEffect, useState } from 'react';
import type { Database } from '../db/database';
import { START_STEPS, startDriftwatch, startingDatabase, type Started } from './startDriftwatch';

export type Startup =
  | {
      readonly phase: 'starting';
      readonly step: string;
      readonly done: number;
      readonly total: number;
    }
  | ({ readonly phase: 'ready' } & Started)
  | { readonly phase: 'failed'; readonly message: string };

const FIRST: Startup = { phase: 'starting', step: 'Starting', done: 0, total: START_STEPS };

/**
 * The page's start-up as React state; `retry` starts again after a failure. `early` is the
 * database of the start under way, which answers the default view before the engine is ready.
 */
export function useStartup(): { startup: Startup; early: Database | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [startup, setStartup] = useState<Startup>(FIRST);

  useEffect(() => {
    let current = true;
    startDriftwatch((step, done, total) => {
      if (current) setStartup({ phase: 'starting', step, done, total });
    }).then(
      (started) => current && setStartup({ phase: 'ready', ...started }),
      (error: unknown) =>
        current &&
        setStartup({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  return {
    startup,
    // The start under way began before this render (the page asks before React renders) or
    // reports its first step at once, which renders again.
    early: startup.phase === 'starting' ? startingDatabase() : null,
    retry: () => {
      setStartup(FIRST);
      setAttempt((n) => n + 1);
    },
  };
}
