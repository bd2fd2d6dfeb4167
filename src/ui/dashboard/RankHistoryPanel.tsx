import { useCallback } from 'react';
import { appColor } from '../../charts/appColors';
import { rankHistoryChart } from '../../charts/rankHistory';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { categoryLabel, chartLabel, countryLabel, storeLabel } from '../../domain/labels';
import { eventsQuery, type EventRow } from '../../queries/events';
import { rankHistoryQuery, toRankSeries, type RankHistoryRow } from '../../queries/rankHistory';
import { sourcesOf } from '../../queries/sourcesOf';
import type { ViewState } from '../../state/viewState';
import { Segmented } from '../controls/Segmented';
import { describeView } from '../describeView';
import { formatDay, formatRank } from '../format';
import { ChartTable } from '../linked/ChartTable';
import { HoverReadout } from '../linked/HoverReadout';
import { TimeChartMount } from '../linked/TimeChartMount';
import { SourceLine } from '../SourceLine';
import { useQueryResult } from '../useQueryResult';
import type { PanelProps } from './panelProps';

interface RankHistoryPanelProps extends PanelProps {
  readonly db: Database;
  readonly onBrush: (from: string, to: string) => void;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function RankHistoryPanel({
  db,
  view,
  range,
  version,
  onBrush,
  onChange,
}: RankHistoryPanelProps) {
  const load = useCallback(async () => {
    void version;
    const filters = { ...view, apps: view.visibleApps, ...range };
    const [rows, events] = await Promise.all([
      db.query<RankHistoryRow>(rankHistoryQuery(filters)),
      view.events ? db.query<EventRow>(eventsQuery(range.from, range.to)) : [],
    ]);
    return { rows, series: toRankSeries(rows), events, sources: sourcesOf(rows, 'rank') };
  }, [db, view, range, version]);
  const result = useQueryResult(load);

  const render = useCallback(
    (width: number, document: Document) => {
      if (result.status !== 'done') throw new Error('rendered before the data arrived');
      const { series, events } = result.value;
      return rankHistoryChart(
        { series, events, from: day(range.from), to: day(range.to) },
        { width, scale: view.rankScale },
        document,
      );
    },
    [result, range, view.rankScale],
  );
  const rows = result.status === 'done' ? result.value.rows : [];
  const ranked = rows.some((r) => r.rank !== null);
  const valuesOn = (date: Date) =>
    result.status === 'done'
      ? result.value.series.map((s) => ({
          key: s.app,
          label: s.label,
          color: appColor(s.app),
          value: formatRank(
            s.points.find((p) => p.date.getTime() === date.getTime())?.rank ?? null,
          ),
        }))
      : [];

  return (
    <figure
      className="panel"
      aria-labelledby="rank-history-title"
      aria-busy={result.status === 'loading'}
    >
      <h2 id="rank-history-title">Rank history</h2>
      <p className="subtitle">{describeView({ ...view, ...range })}</p>
      <div className="figure-tools">
        <Segmented
          label="Rank scale"
          value={view.rankScale}
          choices={[
            ['log', 'Log'],
            ['linear', 'Linear'],
          ]}
          onChange={(rankScale) => onChange({ rankScale })}
        />
      </div>
      {result.status === 'failed' && (
        <p role="alert" className="error">
          The rank history could not be read: {result.message}
        </p>
      )}
      {result.status === 'done' && !ranked && (
        <p className="empty">
          {emptyReason(view.visibleApps, view)} between {formatDay(day(range.from))} and{' '}
          {formatDay(day(range.to))}.
        </p>
      )}
      {result.status === 'done' && ranked && (
        <>
          <HoverReadout valuesOn={valuesOn} />
          <TimeChartMount render={render} onBrush={onBrush} />
          <SourceLine sources={result.value.sources} />
          <ChartTable
            caption="Rank of each app by day (blank: not ranked)"
            rows={rows}
            columns={[
              { header: 'Date', value: (r) => r.date.toISOString().slice(0, 10) },
              { header: 'App', value: (r) => appLabel(r.app) },
              {
                header: 'Rank',
                value: (r) => (r.rank === null ? '' : String(r.rank)),
                numeric: true,
              },
            ]}
          />
        </>
      )}
    </figure>
  );
}

/** "Lemon8 has no rank on Google Play in United Kingdom (Top free, Overall)" */
export function emptyReason(apps: readonly string[], view: ViewState): string {
  const names = apps.map(appLabel);
  const who =
    names.length === 1
      ? `${names[0]} has`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} have`;
  const chart = `${chartLabel(view.chart)}, ${categoryLabel(view.category)}`;
  return `${who} no rank on ${storeLabel(view.store)} in ${countryLabel(view.country)} (${chart})`;
}
