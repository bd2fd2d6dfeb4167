import { useState } from 'react';

/** Said once the analyst's statements changed Driftwatch's tables: how to get the data back. */
export function DataChangedNote({ onReset }: { readonly onReset: () => Promise<void> }) {
  const [resetting, setResetting] = useState(false);
  return (
    <div className="warning" role="note">
      Your queries changed the tables the dashboard and exports draw from. Reload the page to load
      the bundled data and your snapshots again, or{' '}
      <button
        type="button"
        disabled={resetting}
        onClick={() => {
          setResetting(true);
          void onReset().finally(() => setResetting(false));
        }}
      >
        {resetting ? 'Resetting…' : 'Reset to bundled data'}
      </button>
    </div>
  );
}
