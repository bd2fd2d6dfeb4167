import type { SqlQuery } from '../../db/database';
import type { DataTable } from '../../db/schema';

/** What a dashboard chart hands to the export dialog. */
export interface ChartExport {
  /** A short name for files: `rank-history`. */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** The source line, from the sources of the rows drawn. */
  readonly source: string;
  /** Alt text generated from the data drawn. */
  readonly alt: string;
  /**
   * The chart re-laid out for a size (the export adds title and source around it), with its
   * event markers and key or without them.
   */
  readonly render: (
    width: number,
    height: number,
    document: Document,
    events: boolean,
  ) => SVGSVGElement;
  /** The rows the chart draws, as CSV a reader understands (PapaParse loads when first asked). */
  readonly csv: () => Promise<string>;
  /** The SQL that produced the rows, with its parameters. */
  readonly queries: readonly SqlQuery[];
  /** The tables the rows come from, to list the snapshots used. */
  readonly tables: readonly DataTable[];
}
