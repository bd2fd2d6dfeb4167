import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeView, encodeView } from '../state/urlState';
import type { ViewState } from '../state/viewState';
import { decodeWorkbench, encodeWorkbench } from '../state/workbenchLink';

export interface ViewStateHandle {
  readonly view: ViewState;
  /** Why parameters of the URL were ignored, for a notice. */
  readonly notices: readonly string[];
  /** A new view: a new history entry, so Back returns to the previous view. */
  readonly change: (patch: Partial<ViewState>) => void;
  readonly dismissNotices: () => void;
}

/** The URL of a view; the workbench's parameters stay as they are (useWorkbenchLink owns them). */
function urlFor(view: ViewState): string {
  const params = encodeView(view);
  const workbench = decodeWorkbench(window.location.search).link;
  const search = encodeWorkbench(workbench, params).toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

/** The view lives in the URL: reloads and shared links reopen it, Back and Forward move between views. */
export function useViewState(): ViewStateHandle {
  const [decoded, setDecoded] = useState(() => decodeView(window.location.search));
  const [notices, setNotices] = useState(decoded.notices);
  const current = useRef(decoded.view);

  useEffect(() => {
    if (decoded.notices.length > 0) window.history.replaceState(null, '', urlFor(decoded.view));
    const back = () => {
      const next = decodeView(window.location.search);
      current.current = next.view;
      setDecoded(next);
      setNotices(next.notices);
    };
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
    // Only the URL of the first load is tidied; later views are written by `change`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const change = useCallback((patch: Partial<ViewState>) => {
    const view = { ...current.current, ...patch };
    const url = urlFor(view);
    if (url === urlFor(current.current)) return;
    window.history.pushState(null, '', url);
    current.current = view;
    setDecoded({ view, notices: [] });
  }, []);

  return {
    view: decoded.view,
    notices,
    change,
    dismissNotices: useCallback(() => setNotices([]), []),
  };
}
