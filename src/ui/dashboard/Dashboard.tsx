import { memo, useCallback, useMemo, useState } from 'react';
import type { Database } from '../../db/database';
import { withQueryCache } from '../../db/queryCache';
import { Controls } from '../controls/Controls';
import { HoverContext } from '../linked/hoverContext';
import { useQueryResult } from '../useQueryResult';
import type { ViewStateHandle } from '../useViewState';
import { AppLegend } from './AppLegend';
import { DownloadsPanel } from './DownloadsPanel';
import { HashtagViewsPanel } from './HashtagViewsPanel';
import { KeyFiguresPanel } from './KeyFiguresPanel';
import { OverviewPanel } from './OverviewPanel';
import { RankHeatmapPanel } from './RankHeatmapPanel';
import { loadControlOptions } from './loadControlOptions';
import type { PanelView } from './panelProps';
import { RankHistoryPanel } from './RankHistoryPanel';
import { resolveRange } from './resolveRange';
import { useSlowWait } from './useSlowWait';

// A change of view renders the dashboard at once, for the controls, and again when its range is
// resolved: the panels, memoised, render only the second time, when what they draw has changed.
const Overview = memo(OverviewPanel);
const RankHistory = memo(RankHistoryPanel);
const Downloads = memo(DownloadsPanel);
const HashtagViews = memo(HashtagViewsPanel);
const RankHeatmap = memo(RankHeatmapPanel);
const KeyFigures = memo(KeyFiguresPanel);

interface DashboardProps {
  readonly db: Database;
  /** Changes whenever the data changes. */
  readonly version: number;
  readonly state: ViewStateHandle;
}

/** The analyst's linked views: one set of filters, one crosshair, one range for every chart. */
export function Dashboard({ db: database, version, state }: DashboardProps) {
  const { view, change } = state;
  // A view set back, or a read every chart makes, is answered from what this data gave before.
  const db = useMemo(() => {
    void version;
    return withQueryCache(database);
  }, [database, version]);
  const options = useQueryResult(
    useCallback(() => {
      void version;
      return loadControlOptions(db);
    }, [db, version]),
  );
  const loaded = options.status === 'done' ? options.value : null;
  // The charts draw a view only with the range resolved for it: a change that moves the range
  // would otherwise be queried and drawn twice, first with the range of the view before.
  const resolved = useQueryResult(
    useCallback(async () => {
      void version;
      return loaded ? { view, range: await resolveRange(db, view, loaded) } : null;
    }, [db, view, loaded, version]),
  );
  const [hoverDate, setHoverDate] = useState<Date | null>(null);
  const hover = useMemo(() => ({ date: hoverDate, setDate: setHoverDate }), [hoverDate]);
  const drawn = resolved.status === 'done' ? resolved.value : null;
  const drawnView = drawn?.view;
  const panelView: PanelView | null = useMemo(
    () =>
      drawnView
        ? {
            ...drawnView,
            visibleApps: drawnView.apps.filter((app) => !drawnView.hidden.includes(app)),
          }
        : null,
    [drawnView],
  );
  const from = drawn?.range.from;
  const to = drawn?.range.to;
  const stableRange = useMemo(() => (from && to ? { from, to } : null), [from, to]);
  const onBrush = useCallback((from: string, to: string) => change({ from, to }), [change]);
  // The charts still show the view before, which the engine may still be starting to read.
  const waitingFor = drawnView !== view ? view : null;
  const slow = useSlowWait(waitingFor, 300);

  if (options.status === 'failed') return <p role="alert">{options.message}</p>;
  if (!loaded)
    return options.status === 'loading' ? null : <p className="empty">No data is loaded.</p>;
  if (resolved.status === 'failed') return <p role="alert">{resolved.message}</p>;
  if (!stableRange || !panelView) return null;
  const panel = { view: panelView, range: stableRange, version };
  return (
    <HoverContext.Provider value={hover}>
      <Controls view={view} {...stableRange} options={loaded} onChange={change} />
      <AppLegend view={view} onChange={change} />
      <div
        className="dashboard-views"
        aria-busy={waitingFor !== null}
        data-slow={slow || undefined}
      >
        <Overview db={db} {...panel} onBrush={onBrush} />
        <div className="figures">
          <RankHistory db={db} {...panel} options={loaded} onBrush={onBrush} onChange={change} />
          <Downloads db={db} {...panel} onBrush={onBrush} onChange={change} />
          <HashtagViews db={db} {...panel} onBrush={onBrush} onChange={change} />
          <RankHeatmap db={db} {...panel} options={loaded} onBrush={onBrush} onChange={change} />
          <KeyFigures db={db} {...panel} />
        </div>
      </div>
    </HoverContext.Provider>
  );
}
