import type { ViewsSeries } from '../charts/hashtagViewsChart';
import { appLabel } from '../domain/apps';
import { groupInOrder } from './groupInOrder';
import type { HashtagViewsRow } from './hashtagViews';

/** One series per hashtag and platform, labelled "#hashtag on Platform". */
export function toViewsSeries(rows: readonly HashtagViewsRow[]): ViewsSeries[] {
  return Array.from(
    groupInOrder(rows, (r) => `${r.hashtag}|${r.platform}`),
    ([key, points]) => {
      const { hashtag, platform } = points[0]!;
      return {
        key,
        hashtag,
        platform,
        label: `#${hashtag} on ${appLabel(platform)}`,
        points: points.map(({ date, views, daily, correction, gapDays }) => ({
          date,
          views,
          daily,
          correction,
          gapDays,
        })),
      };
    },
  );
}
