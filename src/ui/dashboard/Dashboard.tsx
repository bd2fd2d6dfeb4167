import { useCallback, useMemo, useState } from 'react';
import type { Database } from '../../db/database';
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

interface DashboardProps {
  readonly db: Database;
  /** Changes whenever the data changes. */
  readonly version: number;
  readonly state: ViewStateHandle;
}

/** The analyst's linked views: one set of filters, one crosshair, one range for every chart. */
export function Dashboard({ db, version, state }: DashboardProps) {
  const { view, change } = state;
  const options = useQueryResult(
    useCallback(() => {
      void version;
      return loadControlOptions(db);
    }, [db, version]),
  );
  const loaded = options.status === 'done' ? options.value : null;
  const range = useQueryResult(
    useCallback(async () => {
      void version;
      return loaded ? resolveRange(db, view, loaded) : null;
    }, [db, view, loaded, version]),
  );
  const [hoverDate, setHoverDate] = useState<Date | null>(null);
  const hover = useMemo(() => ({ date: hoverDate, setDate: setHoverDate }), [hoverDate]);
  const panelView: PanelView = useMemo(
    () => ({ ...view, visibleApps: view.apps.filter((app) => !view.hidden.includes(app)) }),
    [view],
  );
  const from = range.status === 'done' ? range.value?.from : undefined;
  const to = range.status === 'done' ? range.value?.to : undefined;
  const stableRange = useMemo(() => (from && to ? { from, to } : null), [from, to]);

  if (options.status === 'failed') return <p role="alert">{options.message}</p>;
  if (!loaded)
    return options.status === 'loading' ? null : <p className="empty">No data is loaded.</p>;
  if (!stableRange) return null;
  const onBrush = (from: string, to: string) => change({ from, to });
  const panel = { view: panelView, range: stableRange, version };
  return (
    <HoverContext.Provider value={hover}>
      <Controls view={view} {...stableRange} options={loaded} onChange={change} />
      <AppLegend view={view} onChange={change} />
      <OverviewPanel db={db} {...panel} onBrush={onBrush} />
      <div className="figures">
        <RankHistoryPanel db={db} {...panel} options={loaded} onBrush={onBrush} onChange={change} />
        <DownloadsPanel db={db} {...panel} onBrush={onBrush} onChange={change} />
        <HashtagViewsPanel db={db} {...panel} onBrush={onBrush} onChange={change} />
        <RankHeatmapPanel db={db} {...panel} options={loaded} onBrush={onBrush} onChange={change} />
        <KeyFiguresPanel db={db} {...panel} />
      </div>
    </HoverContext.Provider>
  );
}
