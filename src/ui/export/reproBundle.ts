import type { SqlParam, SqlQuery } from '../../db/database';
import type { BundleFile } from '../../export/bundleZip';
import { tableCsv } from '../../export/tableCsv';
import type { SnapshotUsedRow } from '../../queries/snapshotsOfTables';
import type { ExportSettings } from '../../state/exportSettings';

export interface ReproInput {
  /** The files' common name, without extension: `rank-history-2025-01-20`. */
  readonly baseName: string;
  readonly svg: string;
  readonly png: Uint8Array;
  readonly csv: string;
  readonly alt: string;
  readonly queries: readonly SqlQuery[];
  /** The view's filters and resolved range, as the chart's SQL received them. */
  readonly filters: Readonly<Record<string, unknown>>;
  readonly settings: ExportSettings;
  readonly permalink: string;
  readonly snapshots: readonly SnapshotUsedRow[];
}

const literal = (value: SqlParam) =>
  typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);

/** The queries as a script: each with its parameters, in the order of its `?` marks. */
export function sqlScript(queries: readonly SqlQuery[]): string {
  return queries
    .map((query, i) => {
      const params = query.params.length
        ? `-- Parameters, in the order of the ? marks: ${query.params.map(literal).join(', ')}\n`
        : '';
      return `-- Query ${i + 1} of ${queries.length}\n${params}${query.sql.trim()};\n`;
    })
    .join('\n');
}

const SNAPSHOT_COLUMNS = [
  { header: 'File name', value: (s: SnapshotUsedRow) => s.fileName },
  { header: 'Kind', value: (s: SnapshotUsedRow) => s.kind },
  { header: 'Content hash (SHA-256)', value: (s: SnapshotUsedRow) => s.contentHash },
  { header: 'Source', value: (s: SnapshotUsedRow) => s.source },
  { header: 'Loaded at (UTC)', value: (s: SnapshotUsedRow) => s.loadedAt.toISOString() },
];

function readme({ baseName, permalink }: ReproInput): string {
  return [
    'Exported from Driftwatch.',
    '',
    `${baseName}.svg, ${baseName}.png: the chart.`,
    `${baseName}.csv: the rows the chart draws.`,
    `${baseName}-alt-text.txt: its text alternative.`,
    'query.sql: the SQL that read the rows, with its parameters (DuckDB).',
    'view.json: the filters, the export settings and a link that reopens the view.',
    'snapshots.csv: the snapshot files the rows come from, with their content hashes',
    "  (SHA-256 of the text as loaded, in UTF-8: the file's own hash when it was UTF-8).",
    '',
    `Link: ${permalink}`,
    '',
  ].join('\n');
}

/** Everything needed to check or redo an export, as the files of one zip. */
export function reproBundle(input: ReproInput): BundleFile[] {
  const { baseName } = input;
  const view = {
    permalink: input.permalink,
    filters: input.filters,
    export: input.settings,
  };
  return [
    { name: 'README.txt', data: readme(input) },
    { name: `${baseName}.svg`, data: input.svg },
    { name: `${baseName}.png`, data: input.png },
    { name: `${baseName}.csv`, data: input.csv },
    { name: `${baseName}-alt-text.txt`, data: `${input.alt}\n` },
    { name: 'query.sql', data: sqlScript(input.queries) },
    { name: 'view.json', data: `${JSON.stringify(view, null, 2)}\n` },
    { name: 'snapshots.csv', data: tableCsv(SNAPSHOT_COLUMNS, input.snapshots) },
  ];
}
