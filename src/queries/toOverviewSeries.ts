import type { OverviewSeries } from '../charts/overviewTimeline';
import { appLabel } from '../domain/apps';
import { groupInOrder } from './groupInOrder';
import type { OverviewRow } from './toOverviewRows';

export function toOverviewSeries(rows: readonly OverviewRow[]): OverviewSeries[] {
  return Array.from(
    groupInOrder(rows, (r) => r.app),
    ([app, points]) => ({
      app,
      label: appLabel(app),
      points: points.map(({ date, rank }) => ({ date, value: rank })),
    }),
  );
}
