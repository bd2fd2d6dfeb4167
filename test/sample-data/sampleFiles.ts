import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { canonicalHeader, type CanonicalColumn } from '../../src/ingest/canonicalColumns';

export const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

export const RANKING_COLUMNS = canonicalHeader('app_rankings');
export const HASHTAG_COLUMNS = canonicalHeader('hashtag_views');
export const EVENT_COLUMNS = canonicalHeader('events');

export type RankingRow = Record<CanonicalColumn<'app_rankings'>, string>;
export type HashtagRow = Record<CanonicalColumn<'hashtag_views'>, string>;

/** Rows keyed by column, as text; throws unless the header is exactly `columns`, in order. */
export function parseCsv<K extends string>(
  text: string,
  columns: readonly K[],
): Record<K, string>[] {
  const { data, errors, meta } = Papa.parse<Record<K, string>>(text, {
    header: true,
    skipEmptyLines: true,
  });
  if (errors.length > 0) throw new Error(`line ${errors[0]!.row! + 2}: ${errors[0]!.message}`);
  if (meta.fields?.join(',') !== columns.join(','))
    throw new Error(`unexpected header: ${meta.fields?.join(',')}`);
  return data;
}

export function readData(name: string): string {
  return readFileSync(`${DATA}${name}`, 'utf8');
}

export const rankings = parseCsv(readData('app_rankings.csv'), RANKING_COLUMNS);
export const hashtags = parseCsv(readData('hashtag_views.csv'), HASHTAG_COLUMNS);

export const num = (value: string | undefined): number => Number(value);
export const usOverall = (row: RankingRow): boolean =>
  row.country === 'US' && row.category === 'overall';
export const find = (date: string, store: string, app: string): RankingRow | undefined =>
  rankings.find((r) => r.date === date && r.store === store && r.app === app && usOverall(r));
