import { useState } from 'react';
import { formatCount } from '../format';
import type { Schema, SchemaObject } from './useSchema';

interface SchemaBrowserProps {
  readonly schema: Schema;
  /** A click on a name: it is typed into the editor. */
  readonly onInsert: (text: string) => void;
}

/** A name as SQL needs it: quoted when it is not a plain lower-case identifier. */
const sqlName = (name: string) =>
  /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;

function countText(count: number | 'failed' | undefined): string {
  if (count === undefined) return '…';
  if (count === 'failed') return 'not readable';
  return `${formatCount(count)} ${count === 1 ? 'row' : 'rows'}`;
}

function ObjectEntry({
  object,
  count,
  onInsert,
}: {
  object: SchemaObject;
  count: number | 'failed' | undefined;
  onInsert: (text: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const id = `schema-${object.name.replace(/\W/g, '_')}`;
  return (
    <li>
      <div className="schema-object">
        <button
          type="button"
          className="schema-toggle"
          aria-expanded={open}
          aria-controls={id}
          aria-label={`Columns of ${object.name}`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? '▾' : '▸'}
        </button>
        <button
          type="button"
          className="schema-name"
          onClick={() => onInsert(sqlName(object.name))}
        >
          {object.name}
        </button>
        <span className="schema-count muted">
          {object.temporary ? 'temporary · ' : ''}
          {countText(count)}
        </span>
      </div>
      {open && (
        <ul id={id} className="schema-columns">
          {object.columns.map((column) => (
            <li key={column.name}>
              <button
                type="button"
                className="schema-name"
                onClick={() => onInsert(sqlName(column.name))}
              >
                {column.name}
              </button>
              <span className="column-type">{column.type}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Every table and view, its columns and types and row count; a click types a name. */
export function SchemaBrowser({ schema, onInsert }: SchemaBrowserProps) {
  if (schema.error)
    return (
      <p role="alert" className="error">
        The tables could not be listed: {schema.error}
      </p>
    );
  const groups = [
    ['Tables', schema.objects.filter((o) => o.kind === 'table')],
    ['Views', schema.objects.filter((o) => o.kind === 'view')],
  ] as const;
  return (
    <div className="schema-browser">
      {groups.map(([title, objects]) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <ul>
            {objects.map((object) => (
              <ObjectEntry
                key={object.name}
                object={object}
                count={schema.counts.get(object.name)}
                onInsert={onInsert}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
