import { EXAMPLE_QUERIES } from '../../queries/workbench/exampleQueries';
import type { HistoryEntry, SavedQuery } from './workbenchStore';

const firstLine = (sql: string) => {
  const line = sql.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('--')) ?? sql;
  return line.trim().slice(0, 80);
};

const time = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function outcome(entry: HistoryEntry): string {
  if (entry.error) return entry.error === 'cancelled' ? 'cancelled' : 'failed';
  return `${entry.rows?.toLocaleString('en-US') ?? 0} rows, ${Math.round(entry.ms)} ms`;
}

export function ExampleList({ onOpen }: { readonly onOpen: (sql: string) => void }) {
  return (
    <ul className="query-list">
      {EXAMPLE_QUERIES.map((example) => (
        <li key={example.title}>
          <button type="button" className="link-button" onClick={() => onOpen(example.sql)}>
            {example.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface SavedListProps {
  readonly saved: readonly SavedQuery[];
  readonly onOpen: (sql: string) => void;
  readonly onDelete: (name: string) => void;
}

export function SavedList({ saved, onOpen, onDelete }: SavedListProps) {
  if (saved.length === 0) return <p className="muted">None yet: write a query, then Save.</p>;
  return (
    <ul className="query-list" aria-label="Saved queries">
      {saved.map((query) => (
        <li key={query.name}>
          <button
            type="button"
            className="link-button"
            onClick={() => onOpen(query.sql)}
            title={query.sql}
          >
            {query.name}
          </button>
          <button
            type="button"
            className="small"
            aria-label={`Delete ${query.name}`}
            onClick={() => onDelete(query.name)}
          >
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}

interface HistoryListProps {
  readonly history: readonly HistoryEntry[];
  readonly onOpen: (sql: string) => void;
  readonly onClear: () => void;
}

export function HistoryList({ history, onOpen, onClear }: HistoryListProps) {
  if (history.length === 0) return <p className="muted">Queries you run are listed here.</p>;
  return (
    <>
      <ol className="query-list" aria-label="Query history">
        {history.map((entry) => (
          <li key={entry.sql}>
            <button
              type="button"
              className="link-button code"
              onClick={() => onOpen(entry.sql)}
              title={entry.sql}
            >
              {firstLine(entry.sql)}
            </button>
            <span className="muted small-text">
              {time.format(new Date(entry.ranAt))} · {outcome(entry)}
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="small" onClick={onClear}>
        Clear history
      </button>
    </>
  );
}
