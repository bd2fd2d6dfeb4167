import type { DataTable } from '../../db/schema';
import type { CanonicalField } from '../types';

export interface PlannedField {
  readonly field: CanonicalField;
  /** The canonical column it fills. */
  readonly column: string;
  /** A record without a value here is refused. */
  readonly required: boolean;
}

/** The fields each table is filled from, in the order a refusal is looked for. */
export const KIND_PLANS: Record<DataTable, readonly PlannedField[]> = {
  app_rankings: [
    { field: 'date', column: 'date', required: true },
    { field: 'app', column: 'app', required: true },
    { field: 'store', column: 'store', required: true },
    { field: 'country', column: 'country', required: true },
    { field: 'chart', column: 'chart', required: true },
    { field: 'category', column: 'category', required: false },
    { field: 'rank', column: 'rank', required: false },
    { field: 'downloads', column: 'downloads', required: false },
    { field: 'source', column: 'source', required: false },
  ],
  hashtag_views: [
    { field: 'observed_at', column: 'observed_at', required: true },
    { field: 'platform', column: 'platform', required: true },
    { field: 'hashtag', column: 'hashtag', required: true },
    { field: 'views', column: 'views', required: true },
    { field: 'posts', column: 'posts', required: false },
    { field: 'source', column: 'source', required: false },
  ],
  events: [
    { field: 'date', column: 'date', required: true },
    { field: 'label', column: 'label', required: true },
    { field: 'kind', column: 'kind', required: false },
    { field: 'source', column: 'source', required: false },
  ],
};

/** The columns that identify a row: a later snapshot's row with the same key replaces it. */
export const KEYS: Record<DataTable, readonly string[]> = {
  app_rankings: ['date', 'app', 'store', 'country', 'chart', 'category'],
  hashtag_views: ['observed_at', 'platform', 'hashtag'],
  events: ['date', 'label'],
};

/** Values used for a field the file has no column for, unless the user says otherwise. */
export const FIELD_DEFAULTS: Partial<Record<CanonicalField, string>> = {
  store: 'ios',
  country: 'US',
  chart: 'top_free',
  category: 'overall',
  kind: 'other',
};
