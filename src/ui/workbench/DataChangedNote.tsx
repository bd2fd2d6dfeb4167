import { useState } from 'react';

/** Said once the analyst's statements changed Driftwatch's tables: how to get the data back. */
export function DataChangedNote({ onReset }: { readonly onReset: () => Promise<void> }) {
  const [resetting, setResetting] = useState(false);
  const [failure, setFailure] = useState('');
  return (
    <div className="warning" role="note">
      Your queries changed the tables the dashboard and exports draw from. Reload the page to load
      the bundled data and your snapshots again, or{' '}
      <button
        type="button"
        disabled={resetting}
        onClick={() => {
          setResetting(true);
          setFailure('');
          onReset()
            .catch((error: unknown) =>
              setFailure(
                `The reset failed: ${error instanceof Error ? error.message : String(error)}`,
              ),
            )
            .finally(() => setResetting(false));
        }}
      >
        {resetting ? 'Resetting…' : 'Reset to bundled data'}
      </button>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
