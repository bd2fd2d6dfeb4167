import appRankingsUrl from '../../data/app_rankings.csv?url';
import eventsUrl from '../../data/events.csv?url';
import hashtagViewsUrl from '../../data/hashtag_views.csv?url';
import type { DataTable } from '../db/schema';

export interface BundledSnapshot {
  readonly kind: DataTable;
  readonly fileName: string;
  readonly url: string;
  readonly source: string;
}

const SAMPLE_SOURCE =
  'Driftwatch sample data: illustrative, except rows that name a publisher (see data/README.md)';

/** The snapshots in `data/`, served by our build and loaded at start-up. */
export const BUNDLED_SNAPSHOTS: readonly BundledSnapshot[] = [
  {
    kind: 'app_rankings',
    fileName: 'app_rankings.csv',
    url: appRankingsUrl,
    source: SAMPLE_SOURCE,
  },
  {
    kind: 'hashtag_views',
    fileName: 'hashtag_views.csv',
    url: hashtagViewsUrl,
    source: SAMPLE_SOURCE,
  },
  {
    kind: 'events',
    fileName: 'events.csv',
    url: eventsUrl,
    source: 'Published events, each with its source (see data/README.md)',
  },
];
