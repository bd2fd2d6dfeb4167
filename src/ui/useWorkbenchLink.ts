import { useCallback, useEffect, useState } from 'react';
import {
  CLOSED_WORKBENCH,
  decodeWorkbench,
  encodeWorkbench,
  type WorkbenchLink,
} from '../state/workbenchLink';

export interface WorkbenchLinkHandle {
  readonly link: WorkbenchLink;
  /** Why workbench parameters of the first URL were ignored. */
  readonly notices: readonly string[];
  /** Shows the workbench or the dashboard: a new history entry, so Back returns. */
  readonly show: (open: boolean) => void;
  /** The query and chart now shown, written into the URL in place (no history entry per keystroke). */
  readonly describe: (query: string, chart: WorkbenchLink['chart']) => void;
}

function urlWith(link: WorkbenchLink): string {
  const params = encodeWorkbench(link, new URLSearchParams(window.location.search));
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

/** The workbench's part of the URL: `tab=sql`, `q` and the chart's columns (see workbenchLink). */
export function useWorkbenchLink(): WorkbenchLinkHandle {
  const [decoded] = useState(() => decodeWorkbench(window.location.search));
  const [link, setLink] = useState(decoded.link);

  useEffect(() => {
    const back = () => setLink(decodeWorkbench(window.location.search).link);
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);

  const show = useCallback((open: boolean) => {
    const current = decodeWorkbench(window.location.search).link;
    if (current.open === open) return;
    const next = open ? { ...current, open } : CLOSED_WORKBENCH;
    window.history.pushState(null, '', urlWith(next));
    setLink(next);
  }, []);

  const describe = useCallback((query: string, chart: WorkbenchLink['chart']) => {
    const next = { open: true, query: query.trim() === '' ? null : query, chart };
    window.history.replaceState(window.history.state, '', urlWith(next));
  }, []);

  return { link, notices: decoded.notices, show, describe };
}
