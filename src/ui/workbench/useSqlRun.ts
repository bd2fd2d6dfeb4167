import { useCallback, useEffect, useRef, useState } from 'react';
import type { SqlSession } from '../../db/database';
import type { ResultSet } from '../../db/results/cellValue';
import { ENUM_NOT_READABLE } from '../../db/results/enumFallback';
import { QueryCancelled } from '../../db/results/queryCancelled';
import { APP_OBJECTS } from '../../db/schema';
import { statementError } from '../../queries/workbench/errorPosition';
import { splitStatements, type StatementText } from '../../queries/workbench/splitStatements';
import {
  changesProtected,
  statementEffect,
  type StatementEffect,
} from '../../queries/workbench/statementEffect';

/** More rows than a reader can look through, few enough to hold and sort in the page. */
export const MAX_RESULT_ROWS = 1_000_000;

/** A statement that would change Driftwatch's own tables, as the confirmation names it. */
export interface DataChange {
  readonly statement: string;
  readonly verb: string;
  readonly targets: readonly string[];
}

export interface RunOutcome {
  readonly sql: string;
  readonly ms: number;
  /** How many statements ran; the result is the last one's. */
  readonly statements: number;
}

export type RunState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'confirming'; readonly changes: readonly DataChange[] }
  | { readonly phase: 'running'; readonly statement: number; readonly total: number }
  | ({ readonly phase: 'done'; readonly result: ResultSet } & RunOutcome)
  | ({
      readonly phase: 'failed';
      readonly message: string;
      /** Where in the editor's text DuckDB pointed, or null. */
      readonly position: number | null;
      /** Which statement failed (1-based), of how many. */
      readonly statement: number;
      readonly total: number;
    } & RunOutcome)
  | ({ readonly phase: 'cancelled' } & RunOutcome);

/** The last result that arrived: kept on screen while the next query runs, gone after a failure. */
export interface ShownResult {
  /** Changes with every result, so a table starts unsorted for a new one. */
  readonly id: number;
  readonly result: ResultSet;
  readonly sql: string;
}

export interface SqlRun {
  readonly state: RunState;
  readonly shown: ShownResult | null;
  /** Runs `sql` (the editor's text, or its selection starting at `base`). */
  readonly run: (sql: string, base: number) => void;
  /** Answers the confirmation: run the changes, or leave the data alone. */
  readonly confirm: (proceed: boolean) => void;
  readonly cancel: () => void;
}

interface Planned {
  readonly sql: string;
  readonly base: number;
  readonly statements: readonly StatementText[];
  readonly effects: readonly StatementEffect[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs what the analyst wrote, statement by statement on the workbench's own connection. A
 * statement that would change Driftwatch's tables waits for a confirmation; after any statement
 * that may have changed data, `onDataChanged` tells the rest of the page to read it again.
 */
export function useSqlRun(
  session: SqlSession | null,
  onDataChanged: (changedAppData: boolean) => void,
  onFinished: (state: RunState) => void,
): SqlRun {
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const [shown, setShown] = useState<ShownResult | null>(null);
  const running = useRef(false);
  const pending = useRef<Planned | null>(null);
  const finish = (next: RunState) => {
    setState(next);
    if (next.phase === 'done')
      setShown((s) => ({ id: (s?.id ?? 0) + 1, result: next.result, sql: next.sql }));
    if (next.phase === 'failed') setShown(null);
    onFinished(next);
  };

  // A run asked for before the connection is open waits for it.
  const waiting = useRef<Planned | null>(null);
  const execute = async (plan: Planned) => {
    const { sql, base, statements, effects } = plan;
    if (!session) {
      waiting.current = plan;
      return setState({ phase: 'running', statement: 1, total: statements.length });
    }
    running.current = true;
    const started = performance.now();
    const outcome = () => ({ sql, ms: performance.now() - started, statements: statements.length });
    // Only what ran to its end changed anything: a failed or cancelled statement is rolled back.
    let wrote = false;
    let wroteAppData = false;
    let last: ResultSet | null = null;
    try {
      for (const [i, statement] of statements.entries()) {
        setState({ phase: 'running', statement: i + 1, total: statements.length });
        const readOnly = effects[i]!.kind === 'read';
        try {
          last = await session.run(statement.text, { maxRows: MAX_RESULT_ROWS, readOnly });
          wrote ||= !readOnly;
          wroteAppData ||= changesProtected(effects[i]!, APP_OBJECTS);
        } catch (error) {
          if (error instanceof QueryCancelled) return finish({ phase: 'cancelled', ...outcome() });
          if (messageOf(error) === ENUM_NOT_READABLE) wrote = true;
          const { message, position } = statementError(messageOf(error), statement.text);
          return finish({
            phase: 'failed',
            message,
            position: position === null ? null : base + statement.from + position,
            statement: i + 1,
            total: statements.length,
            ...outcome(),
          });
        }
      }
      finish({ phase: 'done', result: last!, ...outcome() });
    } finally {
      running.current = false;
      if (wrote) onDataChanged(wroteAppData);
    }
  };

  useEffect(() => {
    const plan = waiting.current;
    waiting.current = null;
    if (session && plan) void execute(plan);
    // Only the connection's arrival matters; `execute` reads the newest state itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  const run = (sql: string, base: number) => {
    if (running.current || waiting.current) return;
    const statements = splitStatements(sql);
    if (statements.length === 0) {
      const none = { sql, ms: 0, statements: 0, statement: 0, total: 0, position: null };
      return setState({ phase: 'failed', message: 'There is no statement to run.', ...none });
    }
    const effects = statements.map((s) => statementEffect(s.text));
    const plan = { sql, base, statements, effects };
    const changes = statements.flatMap((s, i) => {
      const effect = effects[i]!;
      if (!changesProtected(effect, APP_OBJECTS) || effect.kind !== 'write') return [];
      return [{ statement: s.text, verb: effect.verb, targets: effect.targets }];
    });
    if (changes.length > 0) {
      pending.current = plan;
      return setState({ phase: 'confirming', changes });
    }
    void execute(plan);
  };

  const confirm = (proceed: boolean) => {
    const plan = pending.current;
    pending.current = null;
    if (plan && proceed) void execute(plan);
    else setState({ phase: 'idle' });
  };

  const cancel = useCallback(() => {
    if (running.current) void session?.cancel();
  }, [session]);

  return { state, shown, run, confirm, cancel };
}
