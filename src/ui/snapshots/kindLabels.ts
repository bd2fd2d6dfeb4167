import type { FileKind } from '../../ingest/types';

export const KIND_LABELS: Record<FileKind, string> = {
  app_rankings: 'App rankings',
  app_rankings_wide: 'App rankings, wide (one column per app)',
  hashtag_views: 'Hashtag views',
  events: 'Events',
};
