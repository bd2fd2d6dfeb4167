import type { CanonicalField, FileKind } from '../types';

/**
 * Header names real exports use for each canonical field (ours, data.ai, Sensor Tower,
 * Appfigures, scrapers, spreadsheets), compared after `lookupKey`: case, spaces, punctuation and a
 * BOM do not matter, so `Downloads (Absolute)` is `downloadsabsolute`. A name may stand under two
 * fields only when no kind reads both: `platform` and `title` are resolved by kind (KIND_FIELDS).
 * The README's table of synonyms is generated from this object.
 */
export const HEADER_SYNONYMS: Readonly<Record<CanonicalField, readonly string[]>> = {
  date: [
    'date',
    'day',
    'snapshot date',
    'as of',
    'as of date',
    'date (UTC)',
    'report date',
    'chart date',
    'ranking date',
    'rank date',
    'dt',
  ],
  observed_at: [
    'observed at',
    'timestamp',
    'time',
    'datetime',
    'captured at',
    'scraped at',
    'fetched at',
    'collected at',
    'retrieved at',
    'observed',
    'observation time',
  ],
  app: [
    'app',
    'app name',
    'title',
    'name',
    'product',
    'product name',
    'unified name',
    'unified app name',
    'application',
    'application name',
    'app title',
  ],
  rank: [
    'rank',
    'position',
    'chart position',
    'ranking',
    'rank position',
    'chart rank',
    'category rank',
    'overall rank',
    'place',
  ],
  store: ['store', 'os', 'device', 'platform', 'app store', 'store name', 'operating system'],
  country: [
    'country',
    'country code',
    'market',
    'region',
    'territory',
    'storefront',
    'country name',
    'geo',
  ],
  chart: ['chart', 'list', 'feed', 'chart type', 'collection', 'chart name', 'top chart'],
  category: ['category', 'genre', 'category name', 'genre name', 'primary category'],
  downloads: [
    'downloads',
    'installs',
    'daily downloads',
    'downloads estimate',
    'download estimate',
    'estimated downloads',
    'downloads (absolute)',
    'est. downloads',
    'new downloads',
    'units',
  ],
  hashtag: ['hashtag', 'tag', 'topic', 'hashtag name', 'tag name'],
  views: [
    'views',
    'view count',
    'plays',
    'play count',
    'total views',
    'video views',
    'hashtag views',
  ],
  posts: [
    'posts',
    'notes',
    'post count',
    'note count',
    'videos',
    'video count',
    'posts count',
    'notes count',
  ],
  label: ['label', 'event', 'title', 'description', 'what', 'event name', 'headline'],
  kind: ['kind', 'type', 'event type', 'event kind'],
  source: ['source', 'provenance', 'citation', 'source url', 'url', 'data source'],
  platform: ['platform', 'site', 'network', 'observed on', 'social network'],
};

/**
 * For each kind, the fields its files may hold and the synonym groups that name each. So in app
 * rankings `platform` is the store (when its values look like stores, see `mapHeader`) and
 * `title` the app; in hashtag views `platform` is where the views were seen; in events `title` is
 * the label. In app rankings and events a timestamp column is the date.
 */
export const KIND_FIELDS: Readonly<
  Record<FileKind, Readonly<Partial<Record<CanonicalField, readonly CanonicalField[]>>>>
> = {
  app_rankings: {
    date: ['date', 'observed_at'],
    app: ['app'],
    store: ['store'],
    country: ['country'],
    chart: ['chart'],
    category: ['category'],
    rank: ['rank'],
    downloads: ['downloads'],
    source: ['source'],
  },
  // Every other column of a wide file is an app (see `mapHeader`).
  app_rankings_wide: {
    date: ['date', 'observed_at'],
    store: ['store'],
    country: ['country'],
    chart: ['chart'],
    category: ['category'],
    source: ['source'],
  },
  hashtag_views: {
    observed_at: ['observed_at'],
    date: ['date'],
    platform: ['platform'],
    hashtag: ['hashtag'],
    views: ['views'],
    posts: ['posts'],
    source: ['source'],
  },
  events: {
    date: ['date', 'observed_at'],
    label: ['label'],
    kind: ['kind'],
    source: ['source'],
  },
};

/**
 * The columns a file of each kind must have: one field of every group. The other fields are
 * optional; the pipeline fills the missing ones from the user's options or stated defaults
 * (store, country, chart, category for rankings; platform for hashtag views).
 */
export const REQUIRED_FIELDS: Readonly<Record<FileKind, readonly (readonly CanonicalField[])[]>> = {
  app_rankings: [['date'], ['app'], ['rank', 'downloads']],
  // Plus two or more app columns, at least one of them a known app (see `mapHeader`).
  app_rankings_wide: [['date']],
  hashtag_views: [['observed_at', 'date'], ['hashtag'], ['views']],
  events: [['date'], ['label']],
};
