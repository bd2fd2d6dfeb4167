import { describe, expect, it } from 'vitest';
import { tablesRead } from '../../../src/queries/workbench/tablesRead';

describe('the canonical tables a query reads', () => {
  it.each([
    ['a table', 'SELECT * FROM app_rankings', ['app_rankings']],
    ['a view, as the table it reads', 'SELECT * FROM events_current', ['events']],
    [
      'two views',
      'SELECT * FROM rankings_current JOIN hashtag_daily USING (date)',
      ['app_rankings', 'hashtag_views'],
    ],
    [
      'several, in the tables’ order',
      'FROM events, hashtag_views_current, app_rankings_current',
      ['app_rankings', 'hashtag_views', 'events'],
    ],
    ['a table read twice, once', 'FROM events a JOIN events b USING (date)', ['events']],
    ['a quoted name, whatever its case', 'SELECT * FROM main."Events"', ['events']],
    ['a qualified name', 'SELECT * FROM memory.main.HASHTAG_VIEWS', ['hashtag_views']],
    ['a name in a subquery', 'SELECT * FROM (SELECT * FROM (FROM events))', ['events']],
    [
      'a column named as a table',
      'SELECT events, t.app_rankings FROM t',
      ['app_rankings', 'events'],
    ],
    [
      'the tables of several statements',
      'FROM events; FROM app_rankings',
      ['app_rankings', 'events'],
    ],
  ])('finds %s', (_, sql, expected) => {
    expect(tablesRead(sql)).toEqual(expected);
  });

  it.each([
    ['strings', "SELECT 'events', $$app_rankings$$, E'hashtag_views', $t$events$t$"],
    ['comments', 'SELECT 1 -- FROM events\n/* app_rankings */'],
    [
      'names that only contain a table’s',
      'FROM my_events, _events, events2, "x""events", "events"""',
    ],
    ['other objects', 'SELECT * FROM snapshots'],
    ['names an object has by its prototype', 'SELECT constructor, toString FROM t'],
    ['the qualifier of a qualified name', 'SELECT events.date FROM t'],
    ['an empty query', ''],
  ])('counts nothing in %s', (_, sql) => {
    expect(tablesRead(sql)).toEqual([]);
  });
});
