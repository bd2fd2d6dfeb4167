import { decodeExport, EXPORT_PARAMETER_NAMES } from './exportSettings';
import { DEFAULT_VIEW, type ViewState } from './viewState';
import { WORKBENCH_PARAMETER_NAMES } from './workbenchLink';

export interface DecodedView {
  readonly view: ViewState;
  /** One sentence per parameter that was ignored, and why. */
  readonly notices: readonly string[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\p{L}\p{N}_-]{1,64}$/u;
const COUNTRY = /^[A-Z]{2}$/;

const isDay = (text: string) => {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

type Reader<T> = (text: string) => T | undefined;

const oneOf =
  <T extends string>(...values: T[]): Reader<T> =>
  (text) =>
    (values as string[]).includes(text) ? (text as T) : undefined;
const day: Reader<string> = (text) => (isDay(text) ? text : undefined);
const id: Reader<string> = (text) => (ID.test(text) ? text : undefined);
const flag: Reader<boolean> = (text) => ({ '1': true, '0': false })[text];
const idList: Reader<string[]> = (text) => {
  const ids = text === '' ? [] : text.split(',');
  return ids.every((i) => ID.test(i)) ? [...new Set(ids)] : undefined;
};
const baseline: Reader<string> = (text) => {
  const [start, end, ...rest] = text.split('..');
  if (rest.length || !start || !isDay(start)) return undefined;
  if (end === undefined) return text;
  return isDay(end) && start <= end ? text : undefined;
};

/** Each parameter: its name in the URL, how it is read, how it is written. */
const PARAMETERS: { [K in keyof ViewState]: [name: string, read: Reader<ViewState[K]>] } = {
  from: ['from', day],
  to: ['to', day],
  apps: ['apps', (text) => (text === '' ? undefined : idList(text))],
  hidden: ['hide', idList],
  store: ['store', id],
  country: ['country', (text) => (COUNTRY.test(text) ? text : undefined)],
  chart: ['chart', id],
  category: ['category', id],
  event: ['event', day],
  align: ['align', flag],
  events: ['events', flag],
  rankScale: ['rank', oneOf('log', 'linear')],
  facet: ['facet', oneOf('none', 'store', 'country')],
  downloads: ['downloads', oneOf('daily', 'share', 'indexed', 'ofPeak')],
  baseline: ['baseline', baseline],
  views: ['views', oneOf('cumulative', 'daily')],
  viewsScale: ['viewsScale', oneOf('linear', 'log')],
  heatmapApp: ['heatmap', id],
};

const KNOWN = new Set(Object.values(PARAMETERS).map(([name]) => name));

function written(value: ViewState[keyof ViewState]): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** The view as URL search parameters; defaults are left out, so links stay short. */
export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMETERS) as (keyof ViewState)[]) {
    const value = written(view[key]);
    if (value !== written(DEFAULT_VIEW[key])) params.set(PARAMETERS[key][0], value);
  }
  return params;
}

/**
 * The view a URL describes. A parameter that is unknown, repeated or invalid falls back to its
 * default with a notice; a URL never gives a blank page.
 */
export function decodeView(search: string | URLSearchParams): DecodedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const notices: string[] = [];
  const view: Record<string, unknown> = { ...DEFAULT_VIEW };
  for (const key of Object.keys(PARAMETERS) as (keyof ViewState)[]) {
    const [name, read] = PARAMETERS[key];
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const value = read(values[values.length - 1]!);
    if (value === undefined) {
      notices.push(`Ignored ${name}=${values[values.length - 1]}: not a valid value.`);
    } else {
      view[key] = value;
    }
  }
  for (const name of new Set(params.keys())) {
    if (
      !KNOWN.has(name) &&
      !EXPORT_PARAMETER_NAMES.has(name) &&
      !WORKBENCH_PARAMETER_NAMES.has(name)
    )
      notices.push(`Ignored ${name}: not a setting of this page.`);
  }
  // An export link for no chart opens no dialog, so the page says why.
  const exportDialog = decodeExport(params);
  if (!exportDialog.settings) notices.push(...exportDialog.notices);
  const decoded = view as unknown as ViewState;
  if (decoded.from && decoded.to && decoded.from > decoded.to) {
    notices.push(
      `Ignored from=${decoded.from} and to=${decoded.to}: the range ends before it starts.`,
    );
    return { view: { ...decoded, from: null, to: null }, notices };
  }
  return { view: decoded, notices };
}
