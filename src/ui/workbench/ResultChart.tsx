import { useCallback, useMemo } from 'react';
import type { Database } from '../../db/database';
import type { ResultSet } from '../../db/results/cellValue';
import { eventsQuery, type EventRow } from '../../queries/events';
import { isoDate } from '../../queries/isoDate';
import { chartColumns, chartResult, type ChartChoice } from '../../queries/workbench/resultSeries';
import {
  tableSources,
  tableSourcesQuery,
  type TableSourceRow,
} from '../../queries/workbench/tableSources';
import { tablesRead } from '../../queries/workbench/tablesRead';
import { Segmented } from '../controls/Segmented';
import { FigurePanel } from '../dashboard/FigurePanel';
import { useQueryResult } from '../useQueryResult';
import { resultFigure } from './resultFigure';

export interface ChartSettings extends ChartChoice {
  readonly scale: 'linear' | 'log';
  readonly events: boolean;
}

interface ResultChartProps {
  readonly db: Database;
  readonly result: ResultSet;
  /** The SQL that gave the result, for the source line and the export bundle. */
  readonly sql: string;
  readonly settings: ChartSettings;
  readonly onChange: (settings: ChartSettings) => void;
  readonly version: number;
}

const MAX_LINES = 12;

const UNITS: [number, string][] = [
  [604_800_000, 'week'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
];

/** A step between rows in words: "1 day", "2 hours". */
function spanText(ms: number): string {
  const [size, unit] = UNITS.find(([size]) => ms >= size && ms % size === 0) ?? [1, 'millisecond'];
  const count = ms / size;
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "Chart this": a result with dates and numbers as lines, with the dashboard's export. */
export function ResultChart({ db, result, sql, settings, onChange, version }: ResultChartProps) {
  const { dates, numbers, texts } = chartColumns(result.columns);
  const name = (i: number) => result.columns[i]!.name;
  const charted = useMemo(() => chartResult(result, settings, MAX_LINES), [result, settings]);

  const load = useCallback(async () => {
    void version;
    if (!charted) throw new Error('The chosen columns are not in the result.');
    // Which rows of the tables a free query drew cannot be told, so the source line names
    // every source of the tables it reads; with none named, of all of them.
    const named = tablesRead(sql);
    const tables = named.length ? named : (['app_rankings', 'hashtag_views', 'events'] as const);
    const sourceQuery = tableSourcesQuery(tables);
    const eventQuery = eventsQuery(isoDate(charted.from), isoDate(charted.to));
    const [sourceRows, events] = await Promise.all([
      db.query<TableSourceRow>(sourceQuery),
      settings.events ? db.query<EventRow>(eventQuery) : Promise.resolve([]),
    ]);
    return resultFigure({
      charted,
      choice: settings,
      scale: settings.scale,
      events,
      showEvents: settings.events,
      sources: tableSources(sourceRows),
      queries: [{ sql, params: [] }, ...(settings.events ? [eventQuery] : [])],
      tables,
    });
  }, [db, charted, settings, sql, version]);
  const figure = useQueryResult(load);

  const notes = charted
    ? [
        charted.omitted > 0 &&
          `Showing the ${MAX_LINES} lines with the highest peaks; ${charted.omitted} more are left out.`,
        charted.undated > 0 && `${charted.undated} rows without a ${settings.x} are not drawn.`,
        charted.breaks > 0 &&
          charted.breakOver !== null &&
          `Lines break where they have no row for longer than ${spanText(charted.breakOver / 1.5)} (${charted.breaks} ${charted.breaks === 1 ? 'place' : 'places'}): nothing was observed there.`,
        charted.repeatedDates > 0 &&
          `${charted.repeatedDates} times a line has more than one row on the same ${settings.x}: aggregate them in SQL (GROUP BY) for one value each.`,
      ].filter((n): n is string => typeof n === 'string')
    : [];

  const select = (label: string, value: string, options: readonly number[], key: 'x' | 'y') => (
    <label className="control">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange({ ...settings, [key]: e.target.value })}>
        {options.map((i) => (
          <option key={i} value={name(i)}>
            {name(i)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="result-chart">
      <div className="control-row">
        {select('Date', settings.x, dates, 'x')}
        {select('Value', settings.y, numbers, 'y')}
        <label className="control">
          <span>One line per</span>
          <select
            value={settings.series ?? ''}
            onChange={(e) => onChange({ ...settings, series: e.target.value || null })}
          >
            <option value="">(one line)</option>
            {texts.map((i) => (
              <option key={i} value={name(i)}>
                {name(i)}
              </option>
            ))}
          </select>
        </label>
        <Segmented
          label="Scale"
          value={settings.scale}
          choices={[
            ['linear', 'Linear'],
            ['log', 'Log'],
          ]}
          onChange={(scale) => onChange({ ...settings, scale })}
        />
        <label className="control checkbox">
          <input
            type="checkbox"
            checked={settings.events}
            onChange={(e) => onChange({ ...settings, events: e.target.checked })}
          />
          <span>Show events</span>
        </label>
      </div>
      {notes.map((note) => (
        <p key={note} className="hint">
          {note}
        </p>
      ))}
      <FigurePanel
        db={db}
        filters={{
          query: sql,
          x: settings.x,
          y: settings.y,
          series: settings.series,
          scale: settings.scale,
        }}
        id="query-chart"
        title={`${settings.y} by ${settings.x}`}
        subtitle={
          settings.series
            ? `One line per ${settings.series}, from the query's result`
            : "From the query's result"
        }
        result={figure}
      />
    </div>
  );
}
