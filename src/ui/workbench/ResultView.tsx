import type { Database } from '../../db/database';
import { resultCsv } from '../../export/resultCsv';
import { defaultChartChoice } from '../../queries/workbench/resultSeries';
import { download } from '../download';
import { ResultChart, type ChartSettings } from './ResultChart';
import { ResultTable } from './ResultTable';
import type { ShownResult } from './useSqlRun';

interface ResultViewProps {
  readonly db: Database;
  readonly shown: ShownResult;
  /** A newer query is running. */
  readonly busy: boolean;
  readonly chart: ChartSettings | null;
  readonly onChart: (chart: ChartSettings | null) => void;
  readonly version: number;
}

const NOT_CHARTABLE = 'Chart this needs a date or timestamp column and a number column.';

/** A result as a table or as a chart, and its CSV. */
export function ResultView({ db, shown, busy, chart, onChart, version }: ResultViewProps) {
  const choice = defaultChartChoice(shown.result);
  return (
    <div className="workbench-result" aria-busy={busy}>
      <div className="workbench-toolbar">
        <button
          type="button"
          disabled={!chart && !choice}
          onClick={() =>
            onChart(chart ? null : choice && { ...choice, scale: 'linear', events: true })
          }
        >
          {chart ? 'Show table' : 'Chart this'}
        </button>
        <button
          type="button"
          onClick={() => download('query-result.csv', resultCsv(shown.result), 'text/csv')}
        >
          Download CSV
        </button>
        {!chart && !choice && <span className="muted small-text">{NOT_CHARTABLE}</span>}
        {shown.result.truncated && (
          <span className="warn small-text">
            The CSV holds the rows shown, not all the query returned.
          </span>
        )}
      </div>
      {chart ? (
        <ResultChart
          db={db}
          result={shown.result}
          sql={shown.sql}
          settings={chart}
          onChange={onChart}
          version={version}
        />
      ) : (
        <ResultTable key={shown.id} result={shown.result} />
      )}
    </div>
  );
}
