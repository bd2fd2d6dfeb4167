import type { DataTable } from '../../db/schema';

export interface BundledSnapshot {
  readonly kind: DataTable;
  /** In `data/`. */
  readonly fileName: string;
  readonly source: string;
}

const SAMPLE_SOURCE =
  'Driftwatch sample data: illustrative, except rows that name a publisher (see data/README.md)';

/** The snapshots in `data/` the site ships with, loaded at build time into its bundled tables. */
export const BUNDLED_SNAPSHOTS: readonly BundledSnapshot[] = [
  { kind: 'app_rankings', fileName: 'app_rankings.csv', source: SAMPLE_SOURCE },
  { kind: 'hashtag_views', fileName: 'hashtag_views.csv', source: SAMPLE_SOURCE },
  {
    kind: 'events',
    fileName: 'events.csv',
    source: 'Published events, each with its source (see data/README.md)',
  },
];
