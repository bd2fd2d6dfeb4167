import { FOCUS_APPS } from '../domain/apps';

export type RankScale = 'log' | 'linear';
export type Facet = 'none' | 'store' | 'country';
export type DownloadsMode = 'daily' | 'share' | 'indexed' | 'ofPeak';
export type ViewsMode = 'cumulative' | 'daily';
export type ViewsScale = 'linear' | 'log';

/** Everything that makes one view of the dashboard: what a permalink reopens. */
export interface ViewState {
  /** ISO dates, inclusive; null: the first or last day of the data. */
  readonly from: string | null;
  readonly to: string | null;
  readonly apps: readonly string[];
  /** Selected apps hidden from every chart (a click on their legend entry). */
  readonly hidden: readonly string[];
  readonly store: string;
  readonly country: string;
  readonly chart: string;
  readonly category: string;
  /** The event the key figures compare before and after, and that `align` aligns on (its date). */
  readonly event: string | null;
  /** Time axes in days before and after the chosen event. */
  readonly align: boolean;
  /** Event markers on the time charts. */
  readonly events: boolean;
  readonly rankScale: RankScale;
  readonly facet: Facet;
  readonly downloads: DownloadsMode;
  /** The indexed mode's baseline: one ISO date, or `from..to`; null: the first day of the range. */
  readonly baseline: string | null;
  readonly views: ViewsMode;
  readonly viewsScale: ViewsScale;
  /** The app the rank-by-country heat map shows. */
  readonly heatmapApp: string;
}

export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  apps: FOCUS_APPS,
  hidden: [],
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
  event: null,
  align: false,
  events: true,
  rankScale: 'log',
  facet: 'none',
  downloads: 'daily',
  baseline: null,
  views: 'cumulative',
  viewsScale: 'linear',
  heatmapApp: 'xiaohongshu',
};
