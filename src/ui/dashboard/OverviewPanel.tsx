import { useCallback } from 'react';
import { shadeRange } from '../../charts/interaction/rangeShade';
import { overviewTimeline } from '../../charts/overviewTimeline';
import type { Database } from '../../db/database';
import { overviewQuery, type OverviewRow } from '../../queries/overview';
import { toOverviewSeries } from '../../queries/toOverviewSeries';
import { TimeChartMount } from '../linked/TimeChartMount';
import { useQueryResult } from '../useQueryResult';
import type { PanelProps } from './panelProps';

interface OverviewPanelProps extends PanelProps {
  readonly db: Database;
  readonly onBrush: (from: string, to: string) => void;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every day of the data, small, with the range shown shaded: drag across it to choose a range. */
export function OverviewPanel({ db, view, range, version, onBrush }: OverviewPanelProps) {
  const load = useCallback(async () => {
    void version;
    return db.query<OverviewRow>(overviewQuery({ ...view, apps: view.visibleApps }));
  }, [db, view, version]);
  const result = useQueryResult(load);
  const render = useCallback(
    (width: number, document: Document) => {
      const rows = result.status === 'done' ? result.value : [];
      const series = toOverviewSeries(rows);
      const from = rows[0]?.date ?? day(range.from);
      const to = rows.at(-1)?.date ?? day(range.to);
      const first = rows.reduce((min, r) => (r.date < min ? r.date : min), from);
      const last = rows.reduce((max, r) => (r.date > max ? r.date : max), to);
      const svg = overviewTimeline(
        { series, from: first, to: last },
        {
          width,
          valueIs: 'rank',
          ariaLabel: 'Overview of every day: drag across it to choose the range',
        },
        document,
      );
      shadeRange(svg, day(range.from), day(range.to));
      return svg;
    },
    [result, range],
  );
  if (result.status !== 'done' || result.value.length === 0) return null;
  return (
    <section className="overview" aria-label="Overview" data-figure="overview">
      <TimeChartMount render={render} onBrush={onBrush} />
    </section>
  );
}
