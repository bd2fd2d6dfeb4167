import type { FileKind } from '../../ingest/types';
import type { SnapshotRow } from '../../queries/snapshotList';
import { KIND_LABELS } from './kindLabels';

interface SnapshotListProps {
  readonly snapshots: readonly SnapshotRow[];
  readonly busy: boolean;
  readonly onRemove: (id: number) => void;
  readonly onSource: (id: number, source: string) => void;
  readonly onReset: () => void;
}

/** Every snapshot in the tables, with its counts; loaded ones can be renamed and removed. */
export function SnapshotList({ snapshots, busy, onRemove, onSource, onReset }: SnapshotListProps) {
  return (
    <div className="snapshot-list">
      <div className="table-scroll">
        <table aria-label="Snapshots">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Kind</th>
              <th scope="col">Source</th>
              <th scope="col" className="number">
                Accepted
              </th>
              <th scope="col" className="number">
                Rejected
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id}>
                <td>{s.fileName}</td>
                <td>{KIND_LABELS[s.kind as FileKind] ?? s.kind}</td>
                <td>
                  {s.bundled ? (
                    s.source
                  ) : (
                    <input
                      type="text"
                      aria-label={`Source of ${s.fileName}`}
                      defaultValue={s.source}
                      onBlur={(e) => {
                        const value = e.currentTarget.value.trim();
                        if (value && value !== s.source) onSource(s.id, value);
                      }}
                    />
                  )}
                </td>
                <td className="number">{s.accepted.toLocaleString('en-US')}</td>
                <td className="number">{s.rejected.toLocaleString('en-US')}</td>
                <td>
                  {s.bundled ? (
                    <span className="muted">bundled</span>
                  ) : (
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Remove ${s.fileName}`}
                      onClick={() => onRemove(s.id)}
                    >
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Always offered: it also repairs tables changed in the SQL workbench. */}
      <button type="button" disabled={busy} onClick={onReset}>
        Reset to bundled data
      </button>
    </div>
  );
}
