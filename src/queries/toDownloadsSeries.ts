import type { DownloadsSeries } from '../charts/dailyDownloadsChart';
import { appLabel } from '../domain/apps';
import type { DailyDownloadsRow } from './dailyDownloads';
import { groupInOrder } from './groupInOrder';

/** One series per app, in the order the rows come (the selection's). */
export function toDownloadsSeries(rows: readonly DailyDownloadsRow[]): DownloadsSeries[] {
  return Array.from(
    groupInOrder(rows, (r) => r.app),
    ([app, points]) => ({
      app,
      label: appLabel(app),
      points: points.map(({ date, downloads, average7, share, indexed, ofPeak }) => ({
        date,
        downloads,
        average7,
        share,
        indexed,
        ofPeak,
      })),
    }),
  );
}
