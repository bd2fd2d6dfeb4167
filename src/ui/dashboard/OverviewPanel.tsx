import { useCallback } from 'react';
import { shadeRange } from '../../charts/interaction/rangeShade';
import { overviewTimeline } from '../../charts/overviewTimeline';
import type { Database } from '../../db/database';
import type { OverviewRow } from '../../queries/toOverviewRows';
import { toOverviewSeries } from '../../queries/toOverviewSeries';
import { TimeChartMount } from '../linked/TimeChartMount';
import { useQueryResult } from '../useQueryResult';
import { readOverview } from './readOverview';
import type { PanelProps } from './panelProps';

interface OverviewPanelProps extends PanelProps {
  readonly db: Database;
  readonly onBrush: (from: string, to: string) => void;
}

interface Drawn {
  readonly rows: readonly OverviewRow[];
  readonly range: { readonly from: string; readonly to: string };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every day of the data, small, with the range shown shaded: drag across it to choose a range. */
export function OverviewPanel({ db, view, range, version, onBrush }: OverviewPanelProps) {
  // The range shaded comes with the rows: a change of both draws the overview once, not first
  // with the rows of the view before.
  const load = useCallback(async (): Promise<Drawn> => {
    void version;
    const rows = await readOverview(db, { ...view, apps: view.visibleApps });
    return { rows, range };
  }, [db, view, range, version]);
  const result = useQueryResult(load);
  if (result.status !== 'done' || result.value.rows.length === 0) return null;
  return (
    <section className="overview" aria-label="Overview" data-figure="overview">
      <OverviewChart drawn={result.value} onBrush={onBrush} />
    </section>
  );
}

function OverviewChart({
  drawn,
  onBrush,
}: {
  drawn: Drawn;
  onBrush: OverviewPanelProps['onBrush'];
}) {
  const render = useCallback(
    (width: number, document: Document) => {
      const { rows, range } = drawn;
      const from = rows[0]?.date ?? day(range.from);
      const to = rows.at(-1)?.date ?? day(range.to);
      const first = rows.reduce((min, r) => (r.date < min ? r.date : min), from);
      const last = rows.reduce((max, r) => (r.date > max ? r.date : max), to);
      const svg = overviewTimeline(
        { series: toOverviewSeries(rows), from: first, to: last },
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
    [drawn],
  );
  return <TimeChartMount render={render} onBrush={onBrush} />;
}
