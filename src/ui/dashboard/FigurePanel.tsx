import { useMemo, type ReactNode } from 'react';
import type { Database, SqlQuery } from '../../db/database';
import type { DataTable } from '../../db/schema';
import { sourceLineText } from '../../export/sourceLineText';
import type { SourceSummary } from '../../queries/sourcesOf';
import type { ChartExport } from '../export/chartExport';
import { ExportControl } from '../export/ExportControl';
import { ChartTable, type TableColumn } from '../linked/ChartTable';
import { HoverReadout, type ReadoutItem } from '../linked/HoverReadout';
import { TimeChartMount } from '../linked/TimeChartMount';
import { SourceLine } from '../SourceLine';
import type { QueryResult } from '../useQueryResult';
import type { RenderSize } from './timeOptions';

export interface FigureContent<Row> {
  /** Why there is nothing to draw, in words; null when there is something. */
  readonly empty: string | null;
  /** Draws the chart at a width; an export also asks for a height, or for no events. */
  readonly render: (width: number, document: Document, size?: RenderSize) => SVGSVGElement;
  readonly sources: SourceSummary;
  /** What the chart shows and its main finding, in words, from the data drawn. */
  readonly alt: string;
  /** The SQL that read the rows drawn, and the tables it read. */
  readonly queries: readonly SqlQuery[];
  readonly tables: readonly DataTable[];
  readonly valuesOn?: (date: Date) => readonly ReadoutItem[];
  readonly table: {
    readonly caption: string;
    readonly rows: readonly Row[];
    readonly columns: readonly TableColumn<Row>[];
  };
}

interface FigurePanelProps<Row> {
  readonly db: Database;
  /** The view's filters and range, written into an export's reproducibility bundle. */
  readonly filters: Readonly<Record<string, unknown>>;
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly tools?: ReactNode;
  readonly result: QueryResult<FigureContent<Row>>;
  readonly formatDay?: (date: Date) => string;
  readonly onBrush?: (from: string, to: string) => void;
  /** A click on an app in the chart's legend. */
  readonly onLegend?: (app: string) => void;
}

/** One chart of the dashboard: a figure named by its visible title, with its states and tools. */
export function FigurePanel<Row>(props: FigurePanelProps<Row>) {
  const { db, filters, id, title, subtitle, tools, result, formatDay, onBrush, onLegend } = props;
  const content = result.status === 'done' ? result.value : null;
  const drawn = content && !content.empty ? content : null;
  const exported = useMemo(
    () => drawn && chartExport(id, title, subtitle, drawn),
    [id, title, subtitle, drawn],
  );
  return (
    <figure
      className="panel"
      aria-labelledby={`${id}-title`}
      aria-busy={result.status === 'loading'}
      data-figure={id}
    >
      <div className="figure-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <ExportControl id={id} chart={exported} db={db} filters={filters} />
      </div>
      <p className="subtitle">{subtitle}</p>
      {tools && <div className="figure-tools">{tools}</div>}
      {result.status === 'failed' && (
        <p role="alert" className="error">
          {title} could not be read: {result.message}
        </p>
      )}
      {content?.empty && <p className="empty">{content.empty}</p>}
      {content && !content.empty && (
        <>
          {content.valuesOn && <HoverReadout valuesOn={content.valuesOn} formatDay={formatDay} />}
          <TimeChartMount render={content.render} onBrush={onBrush} onLegend={onLegend} />
          <SourceLine sources={content.sources} />
          <ChartTable {...content.table} />
        </>
      )}
    </figure>
  );
}

function chartExport<Row>(
  id: string,
  title: string,
  subtitle: string,
  content: FigureContent<Row>,
): ChartExport {
  return {
    id,
    title,
    subtitle,
    source: sourceLineText(content.sources),
    alt: content.alt,
    render: (width, height, document, events) =>
      content.render(width, document, { height, events }),
    csv: async () =>
      (await import('../export/chartCsv')).chartCsv(content.table.columns, content.table.rows),
    queries: content.queries,
    tables: content.tables,
  };
}
