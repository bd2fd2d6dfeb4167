import { describe, expect, it } from 'vitest';
import {
  changesProtected,
  statementEffect,
  type StatementEffect,
} from '../../../src/queries/workbench/statementEffect';

const write = (verb: string, ...targets: string[]): StatementEffect => ({
  kind: 'write',
  verb,
  targets,
});

describe('what a statement changes', () => {
  it.each([
    'SELECT * FROM events',
    'select date from events',
    'FROM events',
    'FROM events SELECT date',
    'VALUES (1), (2)',
    'TABLE events',
    '(SELECT 1) UNION ALL (SELECT 2)',
    '((FROM events))',
    'WITH t AS (SELECT 1) SELECT * FROM t',
    'WITH t AS (FROM events) FROM t',
    'WITH t(x) AS (VALUES (1)) TABLE t',
    'WITH t AS (FROM events) PIVOT t ON kind USING count(*)',
    'WITH t AS (SELECT 1 AS a, 2 AS b) UNPIVOT t ON a, b INTO NAME k VALUE v',
    'WITH t AS (SELECT 1) (SELECT * FROM t)',
    'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT * FROM n',
    'WITH a AS MATERIALIZED (SELECT 1), b AS NOT MATERIALIZED (SELECT 2) SELECT * FROM a, b',
    'PIVOT events ON kind USING count(*)',
    'UNPIVOT t ON a, b INTO NAME k VALUE v',
    'DESCRIBE events',
    'DESC events',
    'SHOW TABLES',
    'SUMMARIZE events',
    'EXPLAIN SELECT 1',
    'EXPLAIN DELETE FROM events',
    'EXPLAIN ANALYZE SELECT * FROM events',
    'PRAGMA table_info(events)',
    'SET threads = 1',
    'RESET threads',
    'CALL pragma_version()',
    'BEGIN',
    'BEGIN TRANSACTION',
    'START TRANSACTION',
    'COMMIT',
    'END',
    'ROLLBACK',
    'ABORT',
    'CHECKPOINT',
    'FORCE CHECKPOINT',
    'USE memory',
    "ATTACH 'other.db' AS other",
    'DETACH other',
    'LOAD json',
    'INSTALL json',
    'FORCE INSTALL json',
    "EXPORT DATABASE 'backup'",
    'VACUUM',
    'ANALYZE',
    'ANALYZE events',
    "COPY (SELECT * FROM events) TO 'events.csv'",
    "COPY events TO 'events.csv' (HEADER)",
    "COPY main.events (date, label) TO 'events.csv'",
    '-- why\n/* because */ SELECT 1',
    '',
    '-- nothing to run',
  ])('says %j only reads', (sql) => {
    expect(statementEffect(sql)).toEqual({ kind: 'read' });
  });

  it.each([
    ["INSERT INTO events VALUES ('2025-01-19', 'ban', 'law', 'x', 1)", write('INSERT', 'events')],
    ['INSERT OR REPLACE INTO main.events SELECT 1', write('INSERT OR REPLACE', 'events')],
    ['insert or ignore into "Events" by name select 1', write('INSERT OR IGNORE', 'events')],
    ["UPDATE snapshots SET source = 'x'", write('UPDATE', 'snapshots')],
    ['UPDATE memory.main.app_rankings AS r SET rank = 1', write('UPDATE', 'app_rankings')],
    ['DELETE FROM hashtag_views WHERE views = 0', write('DELETE', 'hashtag_views')],
    ['TRUNCATE events', write('TRUNCATE', 'events')],
    ['TRUNCATE TABLE main.events', write('TRUNCATE', 'events')],
    ['MERGE INTO events e USING new_events n ON e.date = n.date', write('MERGE', 'events')],
    ["COPY events FROM 'events.csv'", write('COPY FROM', 'events')],
    ["COPY events (date, label) FROM 'events.csv' (HEADER)", write('COPY FROM', 'events')],
    ['COPY FROM DATABASE memory TO other', write('COPY FROM DATABASE')],
    ['DROP TABLE events', write('DROP TABLE', 'events')],
    ['DROP TABLE IF EXISTS a, memory.main."B" CASCADE', write('DROP TABLE', 'a', 'b')],
    ['DROP VIEW rankings_current', write('DROP VIEW', 'rankings_current')],
    ['DROP SEQUENCE snapshot_ids', write('DROP SEQUENCE', 'snapshot_ids')],
    ['DROP SCHEMA main CASCADE', write('DROP SCHEMA', 'main')],
    ['DROP MACRO TABLE m', write('DROP MACRO TABLE', 'm')],
    ['DROP PERSISTENT SECRET s', write('DROP PERSISTENT SECRET', 's')],
    ['DROP INDEX IF EXISTS idx', write('DROP INDEX', 'idx')],
    ['ALTER TABLE events ADD COLUMN note VARCHAR', write('ALTER TABLE', 'events')],
    ['ALTER VIEW IF EXISTS v RENAME TO w', write('ALTER VIEW', 'v')],
    ['CREATE TABLE my_events AS SELECT * FROM events', write('CREATE TABLE', 'my_events')],
    [
      'CREATE OR REPLACE VIEW rankings_current AS SELECT 1',
      write('CREATE OR REPLACE VIEW', 'rankings_current'),
    ],
    ['create temp table if not exists t (x int)', write('CREATE TEMP TABLE', 't')],
    ['CREATE TEMPORARY MACRO plus(a) AS a + 1', write('CREATE TEMPORARY MACRO', 'plus')],
    ['CREATE FUNCTION f(a) AS a', write('CREATE FUNCTION', 'f')],
    ['CREATE SEQUENCE s START 1', write('CREATE SEQUENCE', 's')],
    ["CREATE TYPE mood AS ENUM ('up', 'down')", write('CREATE TYPE', 'mood')],
    ['CREATE SCHEMA IF NOT EXISTS work', write('CREATE SCHEMA', 'work')],
    ['CREATE PERSISTENT SECRET s3 (TYPE s3)', write('CREATE PERSISTENT SECRET', 's3')],
    ['CREATE SECRET (TYPE s3)', write('CREATE SECRET')],
    ['CREATE INDEX idx ON events (date)', write('CREATE INDEX', 'events')],
    [
      'CREATE UNIQUE INDEX IF NOT EXISTS idx ON main.snapshots (id)',
      write('CREATE UNIQUE INDEX', 'snapshots'),
    ],
    ["COMMENT ON TABLE events IS 'dated events'", write('COMMENT ON', 'events')],
    ["COMMENT ON COLUMN main.events.label IS 'what'", write('COMMENT ON', 'events')],
    ["IMPORT DATABASE 'backup'", write('IMPORT DATABASE')],
    ['WITH t AS (SELECT 1) INSERT INTO events SELECT * FROM t', write('INSERT', 'events')],
    ['WITH t AS (SELECT 1) UPDATE events SET kind = 1', write('UPDATE', 'events')],
    ['WITH t AS (SELECT 1) DELETE FROM events USING t', write('DELETE', 'events')],
    ['WITH d AS (DELETE FROM events RETURNING *) SELECT * FROM d', write('DELETE', 'events')],
    ['EXPLAIN ANALYZE DELETE FROM events', write('DELETE', 'events')],
    ['EXPLAIN (ANALYZE, FORMAT json) UPDATE events SET kind = 1', write('UPDATE', 'events')],
    ['/* why */ -- because\n  DELETE FROM events', write('DELETE', 'events')],
  ])('says %j writes, and to what', (sql, effect) => {
    expect(statementEffect(sql)).toEqual(effect);
  });

  it.each([
    ['GRANT SELECT ON events TO someone', write('GRANT')],
    ['PREPARE q AS SELECT 1', write('PREPARE')],
    ['EXECUTE q', write('EXECUTE')],
    ['DROP events', write('DROP')],
    ['CREATE events', write('CREATE')],
    ['INSERT events VALUES (1)', write('INSERT')],
    ['DELETE events', write('DELETE')],
    ['DROP TABLE', write('DROP TABLE')],
    ['DROP TABLE events, (x)', write('DROP TABLE')],
    ['START', write('START')],
    ['WITH t SELECT 1', write('WITH')],
    ['WITH t AS (SELECT 1)', write('WITH')],
  ])('counts %j, unknown or unreadable, as a write to objects it cannot tell', (sql, effect) => {
    expect(statementEffect(sql)).toEqual(effect);
  });

  it.each([
    ['DELETE FROM main."App_Rankings"', 'app_rankings'],
    ['DELETE FROM memory.main.app_rankings', 'app_rankings'],
    ['delete from "APP_RANKINGS"', 'app_rankings'],
    ['DELETE FROM main . events', 'events'],
    ['DELETE FROM "we""ird"', 'we"ird'],
    ['DELETE FROM "has.dot"', 'has.dot'],
    ['DELETE FROM range', 'range'],
    ['DELETE FROM snapshots', 'snapshots'],
    ['DELETE FROM _scratch', '_scratch'],
    ['DELETE FROM 小红书', '小红书'],
  ])('names the target of %j as %j', (sql, target) => {
    expect(statementEffect(sql)).toEqual(write('DELETE', target));
  });

  it.each([
    ['SELECT 1; DROP TABLE events', write('DROP TABLE', 'events')],
    ['DELETE FROM a; SELECT 1; DROP TABLE b', write('DELETE, DROP TABLE', 'a', 'b')],
    ['DELETE FROM a; GRANT x', write('DELETE, GRANT')],
    ['SELECT 1; SELECT 2', { kind: 'read' } as const],
  ])('takes the writes of several statements together: %j', (sql, effect) => {
    expect(statementEffect(sql)).toEqual(effect);
  });
});

describe('whether a statement changes protected objects', () => {
  const PROTECTED = new Set([
    'app_rankings',
    'snapshots',
    'events',
    'hashtag_views',
    'rankings_current',
  ]);

  it.each([
    ['DELETE FROM events', true],
    ['DROP VIEW rankings_current', true],
    ['UPDATE "Snapshots" SET source = 1', true],
    ['DROP TABLE my_events, events', true],
    ['CREATE OR REPLACE TABLE hashtag_views AS SELECT 1', true],
    ['CREATE INDEX idx ON app_rankings (date)', true],
    ["COMMENT ON COLUMN events.label IS 'what'", true],
    ['GRANT SELECT ON my_events TO someone', true],
    ["IMPORT DATABASE 'backup'", true],
    ['CREATE TABLE my_events AS SELECT * FROM events', false],
    ['INSERT INTO my_events SELECT * FROM events', false],
    ['DELETE FROM my_events WHERE date IN (SELECT date FROM events)', false],
    ['SELECT * FROM events', false],
    ["COPY events TO 'events.csv'", false],
    ['DESCRIBE snapshots', false],
  ])('says whether %j changes a protected object: %s', (sql, expected) => {
    expect(changesProtected(statementEffect(sql), PROTECTED)).toBe(expected);
  });

  it('matches protected names whatever their case', () => {
    expect(changesProtected(write('DELETE', 'events'), new Set(['Events']))).toBe(true);
  });
});
