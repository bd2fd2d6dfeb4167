/** What a link says about the SQL workbench: whether it is open, its query, and its chart. */
export interface WorkbenchLink {
  readonly open: boolean;
  /** The query to show (and run when it changes nothing); null: the last one typed here. */
  readonly query: string | null;
  /** "Chart this" with these columns; null: the result as a table. */
  readonly chart: { readonly x: string; readonly y: string; readonly series: string | null } | null;
}

export const CLOSED_WORKBENCH: WorkbenchLink = { open: false, query: null, chart: null };

const TAB = 'tab';
const QUERY = 'q';
const X = 'qx';
const Y = 'qy';
const SERIES = 'qby';
/** Long enough for any question worth sharing, short enough for every browser's URL limit. */
export const MAX_LINKED_QUERY = 20_000;
const MAX_COLUMN = 200;

export const WORKBENCH_PARAMETER_NAMES: ReadonlySet<string> = new Set([TAB, QUERY, X, Y, SERIES]);

export interface DecodedWorkbench {
  readonly link: WorkbenchLink;
  readonly notices: readonly string[];
}

const column = (text: string | null) =>
  text !== null && text.length > 0 && text.length <= MAX_COLUMN ? text : null;

/** The workbench a URL opens: `tab=sql`, or any `q`; anything it cannot read is named. */
export function decodeWorkbench(search: string | URLSearchParams): DecodedWorkbench {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const tab = params.get(TAB);
  if (tab !== null && tab !== 'sql' && tab !== 'dashboard')
    notices.push(`Ignored tab=${tab.slice(0, 40)}: not a view of this page.`);
  let query = params.get(QUERY);
  if (query !== null && query.length > MAX_LINKED_QUERY) {
    notices.push(
      `Ignored q: a query of ${query.length} characters is longer than a link can carry.`,
    );
    query = null;
  }
  if (query !== null && query.trim() === '') query = null;
  const open = tab === 'sql' || (query !== null && tab !== 'dashboard');
  const x = column(params.get(X));
  const y = column(params.get(Y));
  const chartNamed = params.has(X) || params.has(Y) || params.has(SERIES);
  if (chartNamed && (!x || !y || !query))
    notices.push(
      'Ignored qx, qy and qby: a chart needs a query and both a date and a value column.',
    );
  const chart = x && y && query ? { x, y, series: column(params.get(SERIES)) } : null;
  return { link: { open, query: open ? query : null, chart: open ? chart : null }, notices };
}

/** Writes the workbench into URL parameters, replacing what they said of it before. */
export function encodeWorkbench(link: WorkbenchLink, params: URLSearchParams): URLSearchParams {
  for (const name of WORKBENCH_PARAMETER_NAMES) params.delete(name);
  if (!link.open) return params;
  params.set(TAB, 'sql');
  if (link.query !== null && link.query.length <= MAX_LINKED_QUERY) {
    params.set(QUERY, link.query);
    if (link.chart) {
      params.set(X, link.chart.x);
      params.set(Y, link.chart.y);
      if (link.chart.series !== null) params.set(SERIES, link.chart.series);
    }
  }
  return params;
}
