import { useState } from 'react';
import type { SavedQuery } from './workbenchStore';

interface SaveQueryProps {
  readonly saved: readonly SavedQuery[];
  readonly disabled: boolean;
  /** Saves the editor's text under the name; false when the browser would not keep it. */
  readonly onSave: (name: string) => boolean;
}

/** Names the editor's query and keeps it; a name in use is replaced only when asked to. */
export function SaveQuery({ saved, disabled, onSave }: SaveQueryProps) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const trimmed = name.trim();
  const taken = saved.some((q) => q.name === trimmed);
  return (
    <form
      className="save-query"
      onSubmit={(e) => {
        e.preventDefault();
        if (!trimmed) return;
        setMessage(
          onSave(trimmed)
            ? `Saved as “${trimmed}”.`
            : 'The browser would not keep it (its storage is full or off); it is saved for this visit.',
        );
        setName('');
      }}
    >
      <label>
        <span className="visually-hidden">Name of the query</span>
        <input
          type="text"
          value={name}
          placeholder="Name this query"
          maxLength={120}
          onChange={(e) => {
            setName(e.target.value);
            setMessage('');
          }}
        />
      </label>
      <button type="submit" disabled={disabled || !trimmed}>
        {taken ? 'Replace saved' : 'Save'}
      </button>
      <span role="status" className="muted small-text">
        {message}
      </span>
    </form>
  );
}
