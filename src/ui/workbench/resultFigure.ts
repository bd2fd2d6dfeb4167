import { resultLineChart } from '../../charts/resultLineChart';
import { resultSeriesStyles } from '../../charts/resultSeriesStyles';
import type { SqlQuery } from '../../db/database';
import type { DataTable } from '../../db/schema';
import { resultChartAlt } from '../../export/altText/resultChartAlt';
import type { EventRow } from '../../queries/events';
import { isoDate } from '../../queries/isoDate';
import type { SourceSummary } from '../../queries/sourcesOf';
import type {
  ChartChoice,
  ChartedResult,
  ResultSeries,
} from '../../queries/workbench/resultSeries';
import type { FigureContent } from '../dashboard/FigurePanel';
import { sizeOptions } from '../dashboard/timeOptions';

export interface ChartRow {
  readonly date: Date;
  readonly series: string;
  readonly value: number | null;
}

interface FigureInputs {
  readonly charted: ChartedResult;
  readonly choice: ChartChoice;
  readonly scale: 'linear' | 'log';
  readonly events: readonly EventRow[];
  readonly showEvents: boolean;
  readonly sources: SourceSummary;
  readonly queries: readonly SqlQuery[];
  readonly tables: readonly DataTable[];
}

const hasTime = (series: readonly ResultSeries[]) =>
  series.some((s) => s.points.some((p) => p.date.getTime() % 86_400_000 !== 0));

/** "Chart this" as a dashboard figure: drawn, exported, described and tabled the same way. */
export function resultFigure(inputs: FigureInputs): FigureContent<ChartRow> {
  const { charted, choice, scale, events, showEvents } = inputs;
  const rows: ChartRow[] = charted.series.flatMap((s) =>
    s.points.map((p) => ({ date: p.date, series: s.label, value: p.value })),
  );
  const withTime = hasTime(charted.series);
  const when = (date: Date) =>
    withTime ? date.toISOString().replace('T', ' ').slice(0, 19) : isoDate(date);
  const drawn = rows.some((r) => r.value !== null);
  const styles = resultSeriesStyles(charted.series.map((s) => s.key));
  const byDay = charted.series.map(
    (s) => new Map(s.points.map((p) => [p.date.getTime(), p.value] as const)),
  );
  const number = (value: number | null) =>
    value === null ? 'NULL' : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return {
    empty: drawn ? null : `The result has no values of ${choice.y} to draw.`,
    render: (width, document, size) =>
      resultLineChart(
        {
          series: charted.series,
          breakOver: charted.breakOver,
          events,
          from: charted.from,
          to: charted.to,
        },
        {
          width,
          valueLabel: choice.y,
          scale,
          showEvents,
          ariaLabel: `${choice.y} by ${choice.x}${choice.series ? `, one line per ${choice.series}` : ''}`,
          ...sizeOptions(size),
        },
        document,
      ),
    sources: inputs.sources,
    alt: resultChartAlt(charted, choice),
    queries: inputs.queries,
    tables: inputs.tables,
    // The crosshair moves by days: a line with several rows a day shows none of them here.
    valuesOn: (date) =>
      charted.series.flatMap((s, i) => {
        const value = byDay[i]!.get(date.getTime());
        if (value === undefined) return [];
        return [{ key: s.key, label: s.label, color: styles[i]!.color, value: number(value) }];
      }),
    table: {
      caption: `${choice.y} by ${choice.x}${choice.series ? ` and ${choice.series}` : ''}, as drawn`,
      rows,
      columns: [
        { header: choice.x, value: (r) => when(r.date) },
        ...(choice.series ? [{ header: choice.series, value: (r: ChartRow) => r.series }] : []),
        {
          header: choice.y,
          value: (r) => number(r.value),
          raw: (r) => (r.value === null ? '' : String(r.value)),
          numeric: true,
        },
      ],
    },
  };
}
