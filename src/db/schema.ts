import type { Database } from './database';

/**
 * The canonical tables (shared/DESIGN.md). `source` on data rows is our addition: the bundled
 * snapshots mix published observations with illustrative rows, so provenance is kept per row,
 * and charts and exports can say which kind of row they draw. A row without a source of its own
 * (NULL) takes its snapshot's, which the person who loaded it can edit.
 */
const SCHEMA_SQL = `
CREATE SEQUENCE IF NOT EXISTS snapshot_ids START 1;

CREATE TABLE IF NOT EXISTS snapshots (
  id INTEGER PRIMARY KEY,
  kind VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  bundled BOOLEAN NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  rows_read INTEGER NOT NULL,
  accepted INTEGER NOT NULL,
  rejected INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS app_rankings (
  date DATE NOT NULL,
  app VARCHAR NOT NULL,
  store VARCHAR NOT NULL CHECK (store IN ('ios', 'google_play')),
  country VARCHAR NOT NULL CHECK (regexp_full_match(country, '[A-Z]{2}')),
  chart VARCHAR NOT NULL CHECK (chart IN ('top_free', 'top_paid', 'top_grossing')),
  category VARCHAR NOT NULL,
  rank INTEGER CHECK (rank BETWEEN 1 AND 1500),
  downloads BIGINT CHECK (downloads >= 0),
  source VARCHAR,
  snapshot_id INTEGER NOT NULL,
  -- A newer snapshot has a row with the same key: the views show that one (see below).
  superseded BOOLEAN NOT NULL DEFAULT false,
  -- A downloads export has no ranks, a rank export may have no downloads; a row has one at least.
  CHECK (rank IS NOT NULL OR downloads IS NOT NULL)
);

CREATE TABLE IF NOT EXISTS hashtag_views (
  observed_at TIMESTAMP NOT NULL,
  platform VARCHAR NOT NULL,
  hashtag VARCHAR NOT NULL,
  views BIGINT NOT NULL CHECK (views >= 0),
  posts BIGINT CHECK (posts >= 0),
  source VARCHAR,
  snapshot_id INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
  date DATE NOT NULL,
  label VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  source VARCHAR,
  snapshot_id INTEGER NOT NULL
);
`;

/**
 * What the views read: for each key, the row of the newest snapshot that has it. Older rows stay
 * in the tables, so removing the newer snapshot brings them back.
 *
 * Rankings can run to millions of rows, so which of their rows is the newest of its key is kept
 * in the table itself, as `superseded`, by loads and removals (src/ingest/latestRankings.ts):
 * choosing the newest row per key on every read would cost a window over the whole table each
 * time a chart is drawn, and a second table of the newest rows would hold every row twice.
 */
const CURRENT_VIEWS_SQL = `
CREATE OR REPLACE VIEW app_rankings_current AS
SELECT t.* EXCLUDE (superseded) REPLACE (coalesce(t.source, s.source) AS source)
FROM app_rankings t JOIN snapshots s ON s.id = t.snapshot_id
WHERE NOT t.superseded;

CREATE OR REPLACE VIEW hashtag_views_current AS
SELECT t.* REPLACE (coalesce(t.source, s.source) AS source)
FROM hashtag_views t JOIN snapshots s ON s.id = t.snapshot_id
QUALIFY row_number() OVER (
  PARTITION BY observed_at, platform, hashtag ORDER BY snapshot_id DESC) = 1;

-- For analysts' own SQL: the current rank rows under a short name, and the hashtag counts as
-- the last count of each day with the change since the previous counted day (a fall is a
-- correction, never negative growth).
CREATE OR REPLACE VIEW rankings_current AS
SELECT date, app, store, country, chart, category, rank, downloads, source, snapshot_id
FROM app_rankings_current;

CREATE OR REPLACE VIEW hashtag_daily AS
WITH observed_days AS (
  SELECT hashtag, platform, CAST(observed_at AS DATE) AS date,
         arg_max(views, observed_at) AS views, arg_max(source, observed_at) AS source
  FROM hashtag_views_current
  GROUP BY hashtag, platform, CAST(observed_at AS DATE)
),
steps AS (
  SELECT *,
    views - lag(views) OVER previous AS change,
    date - lag(date) OVER previous AS gap_days
  FROM observed_days
  WINDOW previous AS (PARTITION BY hashtag, platform ORDER BY date)
)
SELECT hashtag, platform, date, views,
  CASE WHEN change >= 0 THEN change END AS daily,
  CASE WHEN change < 0 THEN change END AS correction,
  gap_days,
  source
FROM steps;

CREATE OR REPLACE VIEW events_current AS
SELECT t.* REPLACE (coalesce(t.source, s.source) AS source)
FROM events t JOIN snapshots s ON s.id = t.snapshot_id
QUALIFY row_number() OVER (PARTITION BY date, label ORDER BY snapshot_id DESC) = 1;
`;

export type DataTable = 'app_rankings' | 'hashtag_views' | 'events';

/** What each view above reads, for saying which data a query of them stands on. */
export const VIEW_TABLES: Readonly<Record<string, readonly DataTable[]>> = {
  app_rankings_current: ['app_rankings'],
  rankings_current: ['app_rankings'],
  hashtag_views_current: ['hashtag_views'],
  hashtag_daily: ['hashtag_views'],
  events_current: ['events'],
};

/**
 * Every object this schema creates (and the database and schema that hold them): what the
 * workbench asks before changing, and what a reset builds again.
 */
export const APP_OBJECTS: ReadonlySet<string> = new Set([
  'snapshots',
  'app_rankings',
  'hashtag_views',
  'events',
  'snapshot_ids',
  ...Object.keys(VIEW_TABLES),
  'main',
  'memory',
]);

/** Creates the canonical tables; safe to run on a database that already has them. */
export async function createSchema(db: Database): Promise<void> {
  await db.exec(SCHEMA_SQL);
  await db.exec(CURRENT_VIEWS_SQL);
}

const KIND_WORD: Record<string, string> = { table: 'TABLE', view: 'VIEW', sequence: 'SEQUENCE' };

/**
 * Drops whatever now holds the name of one of this schema's objects, whatever it has become
 * (a table dropped and made again as a view, say), so `createSchema` can build them afresh.
 */
export async function dropSchema(db: Database): Promise<void> {
  const names = [...APP_OBJECTS].filter((name) => name !== 'main' && name !== 'memory');
  const found = await db.query<{ name: string; kind: string }>({
    sql: `SELECT name, kind FROM (
            SELECT view_name AS name, 'view' AS kind FROM duckdb_views()
            WHERE NOT internal AND database_name = current_database() AND schema_name = 'main'
            UNION ALL
            SELECT table_name, 'table' FROM duckdb_tables()
            WHERE database_name = current_database() AND schema_name = 'main'
            UNION ALL
            SELECT sequence_name, 'sequence' FROM duckdb_sequences()
            WHERE database_name = current_database() AND schema_name = 'main')
          WHERE list_contains(?::VARCHAR[], name)
          ORDER BY kind <> 'view', name`,
    params: [JSON.stringify(names)],
  });
  // Views first: they read the tables.
  for (const { name, kind } of found)
    await db.exec(`DROP ${KIND_WORD[kind]} IF EXISTS main."${name.replaceAll('"', '""')}" CASCADE`);
}
