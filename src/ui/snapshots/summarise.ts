import { plural } from '../../ingest/plural';
import type { IngestReport } from '../../ingest/types';

export interface LoadOutcome {
  readonly report: IngestReport;
  /** Rows that replaced rows of earlier snapshots with the same key. */
  readonly replaced: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** "Loaded 120 rows from ranks.csv (3 rejected, 5 replaced)." for each file of a load. */
export function summarise(outcomes: readonly LoadOutcome[]): string {
  return outcomes
    .map(({ report: r, replaced }) => {
      if (r.error) return `${r.file}: ${r.error}`;
      const extra = [
        r.rejected ? `${n(r.rejected)} rejected` : '',
        replaced ? `${n(replaced)} replaced` : '',
      ].filter(Boolean);
      return `Loaded ${plural(r.accepted, 'row')} from ${r.file}${extra.length ? ` (${extra.join(', ')})` : ''}.`;
    })
    .join(' ');
}
