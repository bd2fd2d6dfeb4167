import type { Startup } from './useStartup';

interface StartupStatusProps {
  readonly startup: Startup;
  readonly retry: () => void;
}

/** What the page is doing while it starts, and what went wrong if it could not. */
export function StartupStatus({ startup, retry }: StartupStatusProps) {
  if (startup.phase === 'failed') {
    return (
      <div className="startup failed" role="alert">
        <p>
          <strong>Driftwatch could not start.</strong> {startup.message}
        </p>
        <p>
          Check your connection and try again. If it keeps failing, this copy of the site may be
          missing files.
        </p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  if (startup.phase === 'ready') {
    return (
      <div className="startup ready">
        <p role="status" aria-label="Start-up">
          Loaded {startup.rows.toLocaleString('en-US')} rows from the bundled snapshots
          {startup.saved.size > 0 && ` and ${startup.saved.size} snapshots you added`}.
        </p>
        {startup.problems.map((problem) => (
          <p key={problem} className="warn">
            Could not load again {problem}
          </p>
        ))}
      </div>
    );
  }
  return (
    <div className="startup starting">
      <p role="status">{startup.step}…</p>
      <progress aria-label="Starting Driftwatch" max={startup.total} value={startup.done} />
    </div>
  );
}
