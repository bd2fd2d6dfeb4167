import { useCallback } from 'react';
import { hashtagViewsChart } from '../../charts/hashtagViewsChart';
import { seriesStyle } from '../../charts/seriesPalette';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { eventsQuery } from '../../queries/events';
import { hashtagViewsQuery, type HashtagViewsRow } from '../../queries/hashtagViews';
import { sourcesOf } from '../../queries/sourcesOf';
import { toViewsSeries } from '../../queries/toViewsSeries';
import type { ViewState } from '../../state/viewState';
import { Segmented } from '../controls/Segmented';
import { plainNumber, formatCount } from '../format';
import { hashtagViewsAlt } from '../../export/altText/hashtagViewsAlt';
import { useQueryResult } from '../useQueryResult';
import { FigurePanel, type FigureContent } from './FigurePanel';
import type { PanelProps } from './panelProps';
import { hoverDayFormat, sizeOptions, timeOptions } from './timeOptions';
import { readEvents } from './readEvents';

interface HashtagViewsPanelProps extends PanelProps {
  readonly db: Database;
  readonly onBrush: (from: string, to: string) => void;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function dailyText(r: HashtagViewsRow): string {
  if (r.correction !== null) return `corrected by ${formatCount(r.correction)}`;
  if (r.daily === null) return '';
  return r.gapDays && r.gapDays > 1
    ? `+${formatCount(r.daily)} over ${r.gapDays} days`
    : `+${formatCount(r.daily)}`;
}

export function HashtagViewsPanel(props: HashtagViewsPanelProps) {
  const { db, view, range, version, onBrush, onChange } = props;
  // Only what this chart draws by: the rank filters (apps, store, country...) leave it as it is.
  const { views, viewsScale, events: withEvents, align, event } = view;
  const load = useCallback(async (): Promise<FigureContent<HashtagViewsRow>> => {
    void version;
    const viewsQuery = hashtagViewsQuery({ hashtags: [], platforms: [], ...range });
    const eventQuery = withEvents ? eventsQuery(range.from, range.to) : null;
    const [rows, events] = await Promise.all([
      db.query<HashtagViewsRow>(viewsQuery),
      eventQuery ? readEvents(db, range) : [],
    ]);
    const series = toViewsSeries(rows);
    return {
      empty: rows.length ? null : 'There are no hashtag view counts in this range.',
      render: (width, document, size) =>
        hashtagViewsChart(
          { series, events, from: day(range.from), to: day(range.to) },
          {
            width,

            mode: views,
            scale: viewsScale,
            ariaLabel: 'Hashtag views per hashtag and platform',
            ...timeOptions({ events: withEvents, align, event }),
            ...sizeOptions(size),
          },
          document,
        ),
      sources: sourcesOf(rows, 'views'),
      alt: hashtagViewsAlt(series, {
        mode: views,
        scale: viewsScale,
        from: day(range.from),
        to: day(range.to),
      }),
      queries: eventQuery ? [viewsQuery, eventQuery] : [viewsQuery],
      tables: withEvents ? ['hashtag_views', 'events'] : ['hashtag_views'],
      valuesOn: (date) =>
        series.flatMap((s, i) => {
          const row = rows.find(
            (r) => `${r.hashtag}|${r.platform}` === s.key && r.date.getTime() === date.getTime(),
          );
          if (!row) return [];
          const value = views === 'daily' ? dailyText(row) || '–' : formatCount(row.views);
          return [{ key: s.key, label: s.label, color: seriesStyle(i).color, value }];
        }),
      table: {
        caption: 'Cumulative views per hashtag and platform at the last count of each day',
        rows,
        columns: [
          { header: 'Date', value: (r) => r.date.toISOString().slice(0, 10) },
          { header: 'Hashtag', value: (r) => `#${r.hashtag}` },
          { header: 'Platform', value: (r) => appLabel(r.platform) },
          {
            header: 'Views (cumulative)',
            value: (r) => formatCount(r.views),
            raw: (r) => plainNumber(r.views),
            numeric: true,
          },
          {
            header: 'Change since previous count',
            value: dailyText,
            raw: (r) => plainNumber(r.daily ?? r.correction),
            numeric: true,
          },
          {
            header: 'Days since previous count',
            value: (r) => (r.gapDays === null ? '' : String(r.gapDays)),
            numeric: true,
          },
        ],
      },
    };
  }, [db, range, version, views, viewsScale, withEvents, align, event]);
  const result = useQueryResult(load);

  return (
    <FigurePanel
      db={db}
      filters={{ ...view, ...range }}
      id="hashtag-views"
      title="Hashtag views"
      subtitle="Views of each hashtag on each platform, as counted by the platform"
      result={result}
      onBrush={onBrush}
      formatDay={hoverDayFormat(view)}
      tools={
        <>
          <Segmented
            label="Show"
            value={view.views}
            choices={[
              ['cumulative', 'Cumulative'],
              ['daily', 'Daily increase'],
            ]}
            onChange={(views) => onChange({ views })}
          />
          <Segmented
            label="Scale"
            value={view.viewsScale}
            choices={[
              ['linear', 'Linear'],
              ['log', 'Log'],
            ]}
            onChange={(viewsScale) => onChange({ viewsScale })}
          />
        </>
      }
    />
  );
}
