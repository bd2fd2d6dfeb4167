import type { FileKind } from '../../ingest/types';
import type { PendingFile } from './pendingFile';

const KIND_LABELS: Record<FileKind, string> = {
  app_rankings: 'App rankings',
  app_rankings_wide: 'App rankings, wide (one column per app)',
  hashtag_views: 'Hashtag views',
  events: 'Events',
};

interface PreviewCardProps {
  readonly pending: PendingFile;
  readonly onChange: (options: PendingFile['options']) => void;
}

/** One file before it is loaded: its detected kind, how its columns map, its first rows. */
export function PreviewCard({ pending, onChange }: PreviewCardProps) {
  const { inspection, options } = pending;
  const kind = options.kind ?? inspection.kind;
  const dateChoice = 'ambiguous' in inspection.dateOrder ? inspection.dateOrder.ambiguous : null;
  const fieldOf = (index: number) =>
    inspection.mapping.find((m) => m.index === index)?.field ?? 'not read';
  return (
    <article className="preview-card" aria-label={`Preview of ${inspection.name}`}>
      <h3>{inspection.name}</h3>
      <p className="muted">
        {inspection.rowsRead.toLocaleString('en-US')} rows · {delimiterName(inspection.delimiter)}
        -separated · {inspection.encoding.toUpperCase()}
      </p>
      {inspection.duplicateOf && (
        <p className="warn">
          Already loaded as {inspection.duplicateOf.fileName}: loading it again changes nothing.
        </p>
      )}
      <label>
        Kind{' '}
        <select
          value={kind ?? ''}
          onChange={(e) =>
            onChange({ ...options, kind: (e.target.value || undefined) as FileKind })
          }
        >
          {!inspection.kind && <option value="">Not recognised: choose one</option>}
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {!kind && <p className="warn">{inspection.reason}</p>}
      {dateChoice && (
        <fieldset>
          <legend>{dateChoice}</legend>
          {(['dmy', 'mdy'] as const).map((order) => (
            <label key={order}>
              <input
                type="radio"
                name={`date-order-${inspection.hash}`}
                checked={options.dateOrder === order}
                onChange={() => onChange({ ...options, dateOrder: order })}
              />
              {order === 'dmy' ? 'Day first (13/01/2025)' : 'Month first (01/13/2025)'}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        Source{' '}
        <input
          type="text"
          value={options.source ?? ''}
          onChange={(e) => onChange({ ...options, source: e.target.value })}
        />
      </label>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {inspection.header.map((cell, i) => (
                <th key={i} scope="col">
                  {cell}
                  <span className="mapped">{String(fieldOf(i))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.preview.slice(0, 5).map((row, r) => (
              <tr key={r}>
                {inspection.header.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function delimiterName(delimiter: string): string {
  return { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter] ?? delimiter;
}

/** Whether a file has what it needs to be loaded. */
export function readyToLoad({ inspection, options }: PendingFile): boolean {
  const kind = options.kind ?? inspection.kind;
  const needsOrder = 'ambiguous' in inspection.dateOrder && !options.dateOrder;
  return kind !== null && !needsOrder;
}
