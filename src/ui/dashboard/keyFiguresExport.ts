import { tableChart } from '../../charts/tableChart';
import type { SqlQuery } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { keyFiguresAlt } from '../../export/altText/keyFiguresAlt';
import { isoDate } from '../../queries/isoDate';
import type { KeyFiguresRow } from '../../queries/keyFigures';
import { formatChange, formatCount, formatDay, formatRank, plainNumber } from '../format';
import type { ChartExport } from '../export/chartExport';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (date: Date | null) => (date ? isoDate(date) : '');

/** "2,000 → 5,880: +194%", with "(partial week)" when a window lacks estimates. */
export function weekChange(row: KeyFiguresRow): string {
  if (row.downloadsBefore === null && row.downloadsAfter === null) return '–';
  const partial = row.daysBefore < 7 || row.daysAfter < 7 ? ' (partial week)' : '';
  return `${formatCount(row.downloadsBefore)} → ${formatCount(row.downloadsAfter)}: ${formatChange(row.afterToBefore)}${partial}`;
}

const on = (value: string, date: Date | null) => (date ? `${value} on ${formatDay(date)}` : value);

/** The key figures as the export's table draws them, one text per cell. */
function tableOf(rows: readonly KeyFiguresRow[], to: string) {
  return {
    columns: [
      { header: 'App' },
      { header: 'Best rank' },
      { header: 'Days at #1', numeric: true },
      { header: 'Days in top 10', numeric: true },
      { header: 'Peak daily downloads' },
      { header: 'Week after event vs before', numeric: true },
      { header: `Hashtag views on the app by ${formatDay(day(to))}`, numeric: true },
    ],
    rows: rows.map((row) => [
      appLabel(row.app),
      on(formatRank(row.bestRank), row.bestRankDate),
      String(row.daysAtOne),
      String(row.daysInTop10),
      on(formatCount(row.peakDownloads), row.peakDate),
      weekChange(row),
      formatCount(row.hashtagViews),
    ]),
  };
}

/** The CSV: one value per column, numbers and dates written plainly. */
const CSV_COLUMNS: { header: string; value: (row: KeyFiguresRow) => string }[] = [
  { header: 'App', value: (r) => appLabel(r.app) },
  { header: 'Best rank', value: (r) => plainNumber(r.bestRank) },
  { header: 'Best rank first on', value: (r) => isoDay(r.bestRankDate) },
  { header: 'Days at #1', value: (r) => String(r.daysAtOne) },
  { header: 'Days in top 10', value: (r) => String(r.daysInTop10) },
  { header: 'Peak daily downloads', value: (r) => plainNumber(r.peakDownloads) },
  { header: 'Peak on', value: (r) => isoDay(r.peakDate) },
  {
    header: 'Downloads in the 7 days before the event',
    value: (r) => plainNumber(r.downloadsBefore),
  },
  { header: 'Downloads in the 7 days from the event', value: (r) => plainNumber(r.downloadsAfter) },
  { header: 'Days with estimates before', value: (r) => String(r.daysBefore) },
  { header: 'Days with estimates after', value: (r) => String(r.daysAfter) },
  { header: 'After / before', value: (r) => plainNumber(r.afterToBefore) },
  { header: 'Hashtag views by the end of the range', value: (r) => plainNumber(r.hashtagViews) },
];

interface KeyFiguresExportInput {
  readonly rows: readonly KeyFiguresRow[];
  readonly range: { readonly from: string; readonly to: string };
  readonly event: string | null;
  readonly subtitle: string;
  readonly source: string;
  readonly query: SqlQuery;
}

/** The key figures as the export dialog takes a chart: a drawn table, its CSV and alt text. */
export function keyFiguresExport(input: KeyFiguresExportInput): ChartExport {
  const { rows, range, event } = input;
  const table = tableOf(rows, range.to);
  return {
    id: 'key-figures',
    title: 'Key figures',
    subtitle: input.subtitle,
    source: input.source,
    alt: keyFiguresAlt(rows, {
      label: appLabel,
      from: day(range.from),
      to: day(range.to),
      event: event ? day(event) : null,
    }),
    render: (width, _height, document) =>
      tableChart(table, { width, ariaLabel: 'Key figures' }, document),
    csv: async () => (await import('../../export/tableCsv')).tableCsv(CSV_COLUMNS, rows),
    queries: [input.query],
    tables: ['app_rankings', 'hashtag_views'],
  };
}
