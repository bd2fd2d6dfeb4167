/** Which chart of which store a rank view reads, and for which apps and days (UTC, inclusive). */
export interface RankFilters {
  readonly store: string;
  readonly country: string;
  readonly chart: string;
  readonly category: string;
  readonly apps: readonly string[];
  /** ISO dates, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
}
