import type { RankingScope } from './rankingScope';

/**
 * What a downloads view (and the summaries built on it) reads. A null store or country is summed
 * over all of them; a null chart or category reads every chart, counting each download once.
 */
export interface DownloadFilters extends RankingScope {
  readonly apps: readonly string[];
  /** ISO dates, `YYYY-MM-DD`, UTC, inclusive. */
  readonly from: string;
  readonly to: string;
}
