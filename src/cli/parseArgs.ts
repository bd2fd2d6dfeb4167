import { parseArgs as parseNodeArgs } from 'node:util';
import type { LoadOptions as IngestOptions } from '../ingest/loadInspection';
import type { DateOrder, FileKind } from '../ingest/types';

export const USAGE = `Usage: driftwatch check <file-or-folder>... [options]

Checks CSV snapshots with the same ingest the dashboard runs, and reports what a load would do.

Options:
  --json                 print one JSON array, one object per file
  --kind KIND            app_rankings, app_rankings_wide, hashtag_views or events (default: from the header)
  --date-order ORDER     dmy or mdy, for files whose dates like 03/04/2025 could be either
  --store STORE          store of rows without a store column (default: ios)
  --country CODE         country of rows without a country column (default: US)
  --chart CHART          chart of rows without a chart column (default: top_free)
  --category CATEGORY    category of rows without a category column (default: overall)
  --platform PLATFORM    platform of hashtag rows without a platform column
  --values rank|downloads  what the cells of a wide file hold (default: rank)
  --source TEXT          source of rows without a source column
  -h, --help             show this help

Exit status: 0 when every file loads with no refused row, 1 otherwise, 2 for a usage error.`;

export interface CheckCommand {
  readonly paths: string[];
  readonly json: boolean;
  readonly options: IngestOptions;
}

const KINDS: readonly FileKind[] = ['app_rankings', 'app_rankings_wide', 'hashtag_views', 'events'];

export class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string) {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** Reads `check <paths>... [options]`; a `UsageError` for anything else. */
export function parseArgs(argv: readonly string[]): CheckCommand | 'help' {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        kind: { type: 'string' },
        'date-order': { type: 'string' },
        store: { type: 'string' },
        country: { type: 'string' },
        chart: { type: 'string' },
        category: { type: 'string' },
        platform: { type: 'string' },
        values: { type: 'string' },
        source: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  const [command, ...paths] = positionals;
  if (command !== 'check')
    throw new UsageError(command ? `Unknown command "${command}"` : 'No command');
  if (paths.length === 0) throw new UsageError('Name at least one file or folder to check');
  const fieldValues = Object.fromEntries(
    (['store', 'country', 'chart', 'category', 'platform'] as const)
      .filter((key) => v[key] !== undefined)
      .map((key) => [key, v[key]]),
  );
  return {
    paths,
    json: v.json ?? false,
    options: {
      kind: oneOf(v.kind, KINDS, 'kind'),
      dateOrder: oneOf<DateOrder>(v['date-order'], ['dmy', 'mdy'], 'date-order'),
      wideValues: oneOf(v.values, ['rank', 'downloads'] as const, 'values'),
      values: fieldValues,
      source: v.source,
    },
  };
}
