import type { ReactNode } from 'react';
import type { SourceSummary } from '../../queries/sourcesOf';
import { ChartTable, type TableColumn } from '../linked/ChartTable';
import { HoverReadout, type ReadoutItem } from '../linked/HoverReadout';
import { TimeChartMount } from '../linked/TimeChartMount';
import { SourceLine } from '../SourceLine';
import type { QueryResult } from '../useQueryResult';

export interface FigureContent<Row> {
  /** Why there is nothing to draw, in words; null when there is something. */
  readonly empty: string | null;
  readonly render: (width: number, document: Document) => SVGSVGElement;
  readonly sources: SourceSummary;
  readonly valuesOn?: (date: Date) => readonly ReadoutItem[];
  readonly table: {
    readonly caption: string;
    readonly rows: readonly Row[];
    readonly columns: readonly TableColumn<Row>[];
  };
}

interface FigurePanelProps<Row> {
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
  const { id, title, subtitle, tools, result, formatDay, onBrush, onLegend } = props;
  const content = result.status === 'done' ? result.value : null;
  return (
    <figure
      className="panel"
      aria-labelledby={`${id}-title`}
      aria-busy={result.status === 'loading'}
      data-figure={id}
    >
      <h2 id={`${id}-title`}>{title}</h2>
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
