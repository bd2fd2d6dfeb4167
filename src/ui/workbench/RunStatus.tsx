import type { RunState } from './useSqlRun';

const seconds = (ms: number) =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;

function statusText(state: RunState): string {
  switch (state.phase) {
    case 'idle':
    case 'confirming':
      return '';
    case 'running':
      return state.total > 1
        ? `Running statement ${state.statement} of ${state.total}…`
        : 'Running…';
    case 'cancelled':
      return `Cancelled after ${seconds(state.ms)}.`;
    case 'failed':
      return state.total > 0 ? `Failed after ${seconds(state.ms)}.` : '';
    case 'done': {
      const { result, ms, statements } = state;
      const rows = `${result.rowCount.toLocaleString('en-US')} ${result.rowCount === 1 ? 'row' : 'rows'}`;
      const cut = result.truncated ? ' (the first rows only: the query returned more)' : '';
      const of = statements > 1 ? `, the result of the last of ${statements} statements` : '';
      return `${rows}${cut} in ${seconds(ms)}${of}.`;
    }
  }
}

/** Where the query stands, in words: rows and time, progress, or what went wrong and where. */
export function RunStatus({ state, text }: { readonly state: RunState; readonly text: string }) {
  const where =
    state.phase === 'failed' && state.position !== null
      ? lineAndColumn(text, state.position)
      : null;
  return (
    <>
      <p role="status" aria-label="Query status" className="run-status">
        {statusText(state)}
      </p>
      {state.phase === 'failed' && (
        <div role="alert" className="query-error">
          {state.total > 1 && (
            <p className="muted">
              Statement {state.statement} of {state.total}:
            </p>
          )}
          <pre>{state.message}</pre>
          {where && (
            <p className="muted">
              At line {where.line}, column {where.column} (marked in the editor).
            </p>
          )}
        </div>
      )}
    </>
  );
}

function lineAndColumn(text: string, position: number) {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
