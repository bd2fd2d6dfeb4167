import { fieldsWithoutColumn } from '../../ingest/pipeline/planFields';
import type { FileKind } from '../../ingest/types';
import { FieldChoices } from './FieldChoices';
import { KIND_LABELS } from './kindLabels';
import type { PendingFile } from './pendingFile';

const PREVIEW_ROWS = 5;

interface PreviewCardProps {
  readonly pending: PendingFile;
  readonly onChange: (options: PendingFile['options']) => void;
  readonly onKind: (kind: FileKind) => void;
}

/** One file before it is loaded: its detected kind, how its columns map, its first rows. */
export function PreviewCard({ pending, onChange, onKind }: PreviewCardProps) {
  const { inspection, options, detectedKind } = pending;
  const kind = inspection.kind;
  const dateChoice = 'ambiguous' in inspection.dateOrder ? inspection.dateOrder.ambiguous : null;
  const table = kind === 'app_rankings_wide' ? 'app_rankings' : kind;
  const lacking = table ? fieldsWithoutColumn(table, inspection.mapping) : [];
  const fieldOf = (index: number) => inspection.mapping.find((m) => m.index === index)?.field;
  const rows = inspection.rowsRead;
  return (
    <article className="preview-card" aria-label={`Preview of ${inspection.name}`}>
      <h3>{inspection.name}</h3>
      <p className="muted">
        {rows.toLocaleString('en-US')} {rows === 1 ? 'row' : 'rows'} ·{' '}
        {delimiterName(inspection.delimiter)}-separated · {inspection.encoding.toUpperCase()}
      </p>
      {inspection.duplicateOf && (
        <p className="warn">
          Already loaded as {inspection.duplicateOf.fileName}: loading it again changes nothing.
        </p>
      )}
      <div className="choices">
        <label>
          Kind
          <select
            value={kind ?? ''}
            onChange={(e) => e.target.value && onKind(e.target.value as FileKind)}
          >
            {!kind && <option value="">Not recognised: choose one</option>}
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
                {value === detectedKind ? ' (detected)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <input
            type="text"
            className="source-input"
            value={options.source ?? ''}
            onChange={(e) => onChange({ ...options, source: e.target.value })}
          />
        </label>
      </div>
      {!kind && <p className="warn">{inspection.reason}</p>}
      {dateChoice && (
        <fieldset className="date-order">
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
      {kind === 'app_rankings_wide' && (
        <fieldset className="wide-values">
          <legend>The app columns hold</legend>
          {(['rank', 'downloads'] as const).map((cells) => (
            <label key={cells}>
              <input
                type="radio"
                name={`wide-values-${inspection.hash}`}
                checked={(options.wideValues ?? 'rank') === cells}
                onChange={() => onChange({ ...options, wideValues: cells })}
              />
              {cells === 'rank' ? 'Ranks' : 'Downloads'}
            </label>
          ))}
        </fieldset>
      )}
      <FieldChoices fields={lacking} options={options} onChange={onChange} />
      {inspection.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
      {inspection.unknown.length > 0 && (
        <p className="muted">
          Left out (not a column Driftwatch reads):{' '}
          {inspection.unknown.map((h) => `“${h}”`).join(', ')}
        </p>
      )}
      <div className="table-scroll">
        <table aria-label={`First rows of ${inspection.name}`}>
          <thead>
            <tr>
              {inspection.header.map((cell, i) => {
                const field = fieldOf(i);
                return (
                  <th key={i} scope="col" className={field ? undefined : 'left-out'}>
                    <span className="header-cell">{cell}</span>
                    <span className="mapped">{field ? `→ ${field}` : 'left out'}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {inspection.preview.slice(0, PREVIEW_ROWS).map((row, r) => (
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

/** What the user must still choose before a file can be loaded, or null when nothing. */
export function missingChoice({ inspection, options }: PendingFile): string | null {
  const kind = inspection.kind;
  if (kind === null) return `Choose the kind of ${inspection.name}.`;
  if ('ambiguous' in inspection.dateOrder && !options.dateOrder)
    return `Choose the order of day and month in ${inspection.name}.`;
  const table = kind === 'app_rankings_wide' ? 'app_rankings' : kind;
  const unset = fieldsWithoutColumn(table, inspection.mapping).find(
    ({ field, fallback }) => fallback === null && !options.values?.[field],
  );
  return unset ? `Say which ${unset.field} ${inspection.name} holds.` : null;
}
