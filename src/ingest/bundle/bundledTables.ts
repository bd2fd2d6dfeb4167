/** The tables a bundle holds: every table the schema keeps data in, snapshots first. */
export const BUNDLED_TABLES = ['snapshots', 'app_rankings', 'hashtag_views', 'events'] as const;
