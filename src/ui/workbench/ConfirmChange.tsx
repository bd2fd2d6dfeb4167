import { useEffect, useRef } from 'react';
import type { DataChange } from './useSqlRun';

interface ConfirmChangeProps {
  readonly changes: readonly DataChange[];
  readonly onAnswer: (proceed: boolean) => void;
}

function what(change: DataChange): string {
  return change.targets.length
    ? `${change.verb} ${change.targets.join(', ')}`
    : `${change.verb}: Driftwatch cannot tell which tables it changes`;
}

/**
 * Asked before a statement changes the tables the dashboard draws from: the bundled and loaded
 * snapshots are only ever changed on purpose.
 */
export function ConfirmChange({ changes, onAnswer }: ConfirmChangeProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    keep.current?.focus();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby="confirm-change-title"
      aria-describedby="confirm-change-text"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="confirm-change-title">Change the loaded data?</h2>
      <div id="confirm-change-text">
        <p>
          {changes.length === 1 ? 'This statement changes' : 'These statements change'} the tables
          the dashboard and exports draw from:
        </p>
        <ul>
          {changes.map((change, i) => (
            <li key={i}>
              <code>{what(change)}</code>
            </li>
          ))}
        </ul>
        <p>
          The change lasts until you reload the page or choose{' '}
          <strong>Reset to bundled data</strong>. The files you loaded are not touched.
        </p>
      </div>
      <div className="actions">
        <button type="button" className="danger" onClick={() => onAnswer(true)}>
          Run and change the data
        </button>
        <button type="button" ref={keep} onClick={() => onAnswer(false)}>
          Don’t run
        </button>
      </div>
    </dialog>
  );
}
