/** How a chart is exported: what a "Copy link" of the export dialog carries besides the view. */
export interface ExportSettings {
  /** The figure whose export dialog is open: `rank-history`. */
  readonly chart: string;
  /** A preset's id, or `custom`. */
  readonly size: string;
  /** A custom size, in px. */
  readonly width: number;
  readonly height: number;
  /** A print preset's height in mm; null: 16:10 of its width. */
  readonly printHeight: number | null;
  readonly theme: 'light' | 'dark' | 'transparent';
  readonly palette: 'identity' | 'safe';
  /** The PNG's pixels per pixel of the size. */
  readonly pngScale: 1 | 2 | 3;
  /** Texts the reader edited; null keeps the one generated from the view. */
  readonly title: string | null;
  readonly subtitle: string | null;
  readonly notes: string;
  readonly byline: string;
  readonly source: string | null;
  readonly alt: string | null;
}

export const DEFAULT_EXPORT: Omit<ExportSettings, 'chart'> = {
  size: 'web',
  width: 800,
  height: 500,
  printHeight: null,
  theme: 'light',
  palette: 'identity',
  pngScale: 2,
  title: null,
  subtitle: null,
  notes: '',
  byline: '',
  source: null,
  alt: null,
};

type Reader<T> = (text: string) => T | undefined;

const oneOf =
  <T extends string | number>(...values: T[]): Reader<T> =>
  (text) =>
    values.find((v) => String(v) === text);
const between =
  (min: number, max: number): Reader<number> =>
  (text) => {
    const value = Number(text);
    return /^\d+(\.\d+)?$/.test(text) && value >= min && value <= max ? value : undefined;
  };
const SIZE_ID = /^[a-z0-9-]{1,32}$/;
const MAX_TEXT = 2000;
const text: Reader<string> = (t) => (t.length <= MAX_TEXT ? t : undefined);

/** Each setting: its name in the URL and how it is read. All start with `x`, out of the view's way. */
const PARAMETERS: {
  [K in keyof Omit<ExportSettings, 'chart'>]: [name: string, read: Reader<ExportSettings[K]>];
} = {
  size: ['xsize', (t) => (SIZE_ID.test(t) ? t : undefined)],
  width: ['xw', between(200, 4000)],
  height: ['xh', between(200, 4000)],
  printHeight: ['xmm', between(20, 500)],
  theme: ['xtheme', oneOf('light', 'dark', 'transparent')],
  palette: ['xpalette', oneOf('identity', 'safe')],
  pngScale: ['xpng', oneOf(1, 2, 3)],
  title: ['xtitle', text],
  subtitle: ['xsubtitle', text],
  notes: ['xnotes', text],
  byline: ['xbyline', text],
  source: ['xsource', text],
  alt: ['xalt', text],
};
const CHART = 'export';

/** The figures an export link can open. */
export const EXPORTABLE_FIGURES: readonly string[] = [
  'rank-history',
  'daily-downloads',
  'hashtag-views',
  'rank-by-country',
  'key-figures',
  'query-chart',
];

/** The URL parameters the export settings use, so the view's decoder leaves them alone. */
export const EXPORT_PARAMETER_NAMES: ReadonlySet<string> = new Set([
  CHART,
  ...Object.values(PARAMETERS).map(([name]) => name),
]);

/** The settings as URL parameters, defaults left out; appended to the view's own. */
export function encodeExport(settings: ExportSettings, params = new URLSearchParams()) {
  params.set(CHART, settings.chart);
  for (const key of Object.keys(PARAMETERS) as (keyof typeof PARAMETERS)[]) {
    const value = settings[key];
    if (value !== null && value !== DEFAULT_EXPORT[key])
      params.set(PARAMETERS[key][0], String(value));
  }
  return params;
}

export interface DecodedExport {
  /** Null when the URL opens no export dialog. */
  readonly settings: ExportSettings | null;
  readonly notices: readonly string[];
}

/** The export dialog a URL opens, if any; an invalid setting falls back to its default, with a notice. */
export function decodeExport(search: string | URLSearchParams): DecodedExport {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const chart = params.get(CHART);
  if (chart === null) return { settings: null, notices: [] };
  if (!EXPORTABLE_FIGURES.includes(chart))
    return {
      settings: null,
      notices: [`Ignored export=${chart.slice(0, 40)}: not a chart of this page.`],
    };
  const notices: string[] = [];
  const settings: Record<string, unknown> = { ...DEFAULT_EXPORT, chart };
  for (const key of Object.keys(PARAMETERS) as (keyof typeof PARAMETERS)[]) {
    const [name, read] = PARAMETERS[key];
    const raw = params.get(name);
    if (raw === null) continue;
    const value = read(raw);
    if (value === undefined)
      notices.push(`Ignored ${name}=${raw.slice(0, 40)}: not a valid value.`);
    else settings[key] = value;
  }
  return { settings: settings as unknown as ExportSettings, notices };
}
