import { useCallback } from 'react';
import { rankHeatmap } from '../../charts/rankHeatmap';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { categoryLabel, chartLabel, countryLabel, storeLabel } from '../../domain/labels';
import { eventsQuery } from '../../queries/events';
import { rankHeatmapQuery, type RankHeatmapRow } from '../../queries/rankHeatmap';
import { sourcesOf } from '../../queries/sourcesOf';
import { toHeatmapData } from '../../queries/toHeatmapData';
import type { ViewState } from '../../state/viewState';
import type { ControlOptions } from '../controls/controlOptions';
import { Select } from '../controls/Select';
import { formatDay, formatRank } from '../format';
import { rankHeatmapAlt } from '../../export/altText/rankHeatmapAlt';
import { useQueryResult } from '../useQueryResult';
import { FigurePanel, type FigureContent } from './FigurePanel';
import type { PanelProps } from './panelProps';
import { hoverDayFormat, sizeOptions, timeOptions } from './timeOptions';
import { readEvents } from './readEvents';

interface RankHeatmapPanelProps extends PanelProps {
  readonly db: Database;
  readonly options: ControlOptions;
  readonly onBrush: (from: string, to: string) => void;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function RankHeatmapPanel(props: RankHeatmapPanelProps) {
  const { db, view, range, version, options, onBrush, onChange } = props;
  // Only what the heat map draws by: a change of country or apps leaves it as it is.
  const { heatmapApp: app, store, chart, category, events: withEvents, align, event } = view;
  const load = useCallback(async (): Promise<FigureContent<RankHeatmapRow>> => {
    void version;
    const heatmapQuery = rankHeatmapQuery({ app, store, chart, category, ...range });
    const eventQuery = withEvents ? eventsQuery(range.from, range.to) : null;
    const [rows, events] = await Promise.all([
      db.query<RankHeatmapRow>(heatmapQuery),
      eventQuery ? readEvents(db, range) : [],
    ]);
    const { countries, cells } = toHeatmapData(rows);
    const data = {
      app,
      label: appLabel(app),
      countries,
      cells,
      events,
      from: day(range.from),
      to: day(range.to),
    };
    return {
      empty: rows.length
        ? null
        : `${appLabel(app)} has no rank on ${storeLabel(store)} (${chartLabel(chart)}, ${categoryLabel(category)}) in any country in this range.`,
      render: (width, document, size) =>
        rankHeatmap(
          data,
          {
            width,
            ariaLabel: `Rank of ${appLabel(app)} by country`,
            ...timeOptions({ events: withEvents, align, event }),
            showEvents: sizeOptions(size).showEvents ?? withEvents,
          },
          document,
        ),
      sources: sourcesOf(rows, 'rank'),
      alt: rankHeatmapAlt(data),
      queries: eventQuery ? [heatmapQuery, eventQuery] : [heatmapQuery],
      tables: withEvents ? ['app_rankings', 'events'] : ['app_rankings'],
      valuesOn: (date) =>
        countries.slice(0, 8).map((c) => ({
          key: c.code,
          label: c.code,
          color: 'transparent',
          value: formatRank(
            cells.find((cell) => cell.country === c.code && cell.date.getTime() === date.getTime())
              ?.rank ?? null,
          ),
        })),
      table: {
        caption: `Rank of ${appLabel(app)} by country and day (days not ranked are left out)`,
        rows,
        columns: [
          { header: 'Country', value: (r) => `${countryLabel(r.country)} (${r.country})` },
          { header: 'Date', value: (r) => r.date.toISOString().slice(0, 10) },
          { header: 'Rank', value: (r) => String(r.rank), numeric: true },
          {
            header: 'First in the top 10',
            value: (r) => (r.firstTop10 ? formatDay(r.firstTop10) : 'never'),
          },
        ],
      },
    };
  }, [db, range, version, app, store, chart, category, withEvents, align, event]);
  const result = useQueryResult(load);

  return (
    <FigurePanel
      db={db}
      filters={{ ...view, ...range }}
      id="rank-by-country"
      title="Rank by country"
      subtitle={`${appLabel(app)} · ${storeLabel(view.store)} · ${chartLabel(view.chart)} · ${categoryLabel(view.category)} · countries in the order they reached the top 10`}
      result={result}
      onBrush={onBrush}
      formatDay={hoverDayFormat(view)}
      tools={
        <Select
          label="App"
          value={app}
          values={options.apps.map((a) => a.id)}
          labelOf={appLabel}
          onChange={(heatmapApp) => onChange({ heatmapApp })}
        />
      }
    />
  );
}
