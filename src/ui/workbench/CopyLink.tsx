import { useState } from 'react';

/** Copies the page's address, which holds the query and its chart. */
export function CopyLink() {
  const [message, setMessage] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(window.location.href).then(
      () => setMessage('Link copied.'),
      () => setMessage('The browser would not copy it; the address bar has the link.'),
    );
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="muted small-text">
        {message}
      </span>
    </>
  );
}
