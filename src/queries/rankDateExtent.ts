import type { OverviewRow } from './toOverviewRows';

export interface DateExtentRow {
  readonly first: Date | null;
  readonly last: Date | null;
}

/**
 * The first and last day the selected apps have a rank in the selected chart: the default date
 * range, so rows of other charts or countries never stretch the view into empty days. These are
 * the days the overview spans (its rows run over them for every app in turn), so the range is
 * read from the overview's answer rather than by a query of its own: one read less before the
 * charts of a changed view can start theirs.
 */
export function rankDateExtent(overview: readonly OverviewRow[]): DateExtentRow {
  return { first: overview[0]?.date ?? null, last: overview.at(-1)?.date ?? null };
}
