import { useCallback } from 'react';
import { rankHistoryChart } from '../charts/rankHistory';
import type { Database } from '../db/database';
import { eventsQuery, type EventRow } from '../queries/events';
import { rankHistoryQuery, toRankSeries, type RankHistoryRow } from '../queries/rankHistory';
import type { RankFilters } from '../queries/rankFilters';
import { sourcesOf } from '../queries/sourcesOf';
import { ChartMount } from './ChartMount';
import { describeView } from './describeView';
import { SourceLine } from './SourceLine';
import { useQueryResult } from './useQueryResult';

interface RankHistoryPanelProps {
  readonly db: Database;
  readonly filters: RankFilters;
}

export function RankHistoryPanel({ db, filters }: RankHistoryPanelProps) {
  const load = useCallback(async () => {
    const [rows, events] = await Promise.all([
      db.query<RankHistoryRow>(rankHistoryQuery(filters)),
      db.query<EventRow>(eventsQuery(filters.from, filters.to)),
    ]);
    return { series: toRankSeries(rows), events, sources: sourcesOf(rows, 'rank') };
  }, [db, filters]);
  const result = useQueryResult(load);

  const render = useCallback(
    (width: number, document: Document) => {
      if (result.status !== 'done') throw new Error('rendered before the data arrived');
      const { series, events } = result.value;
      const from = new Date(`${filters.from}T00:00:00Z`);
      const to = new Date(`${filters.to}T00:00:00Z`);
      return rankHistoryChart({ series, events, from, to }, { width }, document);
    },
    [result, filters],
  );

  return (
    <figure
      className="panel"
      aria-labelledby="rank-history-title"
      aria-busy={result.status === 'loading'}
    >
      <h2 id="rank-history-title">Rank history</h2>
      <p className="subtitle">{describeView(filters)}</p>
      {result.status === 'failed' && (
        <p role="alert" className="error">
          The rank history could not be read: {result.message}
        </p>
      )}
      {result.status === 'done' && (
        <>
          <ChartMount render={render} />
          <SourceLine sources={result.value.sources} />
        </>
      )}
    </figure>
  );
}
