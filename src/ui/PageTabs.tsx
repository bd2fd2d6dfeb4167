import { CLOSED_WORKBENCH, decodeWorkbench, encodeWorkbench } from '../state/workbenchLink';

interface PageTabsProps {
  readonly workbench: boolean;
  readonly onShow: (workbench: boolean) => void;
}

/** The address of a view, keeping the dashboard's filters and the workbench's query. */
function hrefOf(workbench: boolean): string {
  const params = new URLSearchParams(window.location.search);
  const link = decodeWorkbench(params).link;
  encodeWorkbench(workbench ? { ...link, open: true } : CLOSED_WORKBENCH, params);
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}`;
}

/** The page's two views: links, so they also open in a new tab; a plain click stays on the page. */
export function PageTabs({ workbench, onShow }: PageTabsProps) {
  const tab = (label: string, open: boolean) => (
    <a
      href={hrefOf(open)}
      aria-current={workbench === open ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onShow(open);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="page-tabs" aria-label="Views">
      {tab('Dashboard', false)}
      {tab('SQL workbench', true)}
    </nav>
  );
}
