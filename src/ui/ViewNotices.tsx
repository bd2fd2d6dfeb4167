interface ViewNoticesProps {
  readonly notices: readonly string[];
  readonly onDismiss: () => void;
}

/** What of the link was ignored, said once, so a bad link explains itself. */
export function ViewNotices({ notices, onDismiss }: ViewNoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="note" aria-label="Link notices">
      <p>Parts of this link could not be used; the defaults are shown instead:</p>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
