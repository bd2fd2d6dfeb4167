import { useCallback } from 'react';
import { appColor } from '../../charts/appColors';
import { dailyDownloadsChart } from '../../charts/dailyDownloadsChart';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { countryLabel, storeLabel } from '../../domain/labels';
import {
  dailyDownloadsQuery,
  sourcesOfDownloads,
  type DailyDownloadsRow,
} from '../../queries/dailyDownloads';
import { eventsQuery } from '../../queries/events';
import { toDownloadsSeries } from '../../queries/toDownloadsSeries';
import type { DownloadsMode, ViewState } from '../../state/viewState';
import { Segmented } from '../controls/Segmented';
import { formatCount, formatDay, plainNumber } from '../format';
import { useQueryResult } from '../useQueryResult';
import { FigurePanel, type FigureContent } from './FigurePanel';
import { BaselineInputs } from './BaselineInputs';
import { hideApp } from './hideApp';
import { downloadsAlt } from '../../export/altText/downloadsAlt';
import { storeInCountry } from './placePhrase';
import type { PanelProps } from './panelProps';
import { hoverDayFormat, sizeOptions, timeOptions } from './timeOptions';
import { readEvents } from './readEvents';

interface DownloadsPanelProps extends PanelProps {
  readonly db: Database;
  readonly onBrush: (from: string, to: string) => void;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const percent = (value: number | null, digits = 0) =>
  value === null ? '' : `${value.toFixed(digits)}%`;

/** What a row's value is in each mode, for the readout and the table. */
const VALUE_OF: Record<DownloadsMode, (r: DailyDownloadsRow) => string> = {
  daily: (r) => formatCount(r.downloads),
  share: (r) => percent(r.share === null ? null : r.share * 100, 1),
  indexed: (r) => (r.indexed === null ? '' : r.indexed.toFixed(1)),
  ofPeak: (r) => percent(r.ofPeak),
};

function baselineOf(view: ViewState, from: string) {
  const [start, end] = (view.baseline ?? from).split('..');
  return { baselineFrom: start!, baselineTo: end ?? start! };
}

export function DownloadsPanel({
  db,
  view,
  range,
  version,
  onBrush,
  onChange,
}: DownloadsPanelProps) {
  const mode = view.downloads;
  const load = useCallback(async (): Promise<FigureContent<DailyDownloadsRow>> => {
    void version;
    const baseline = baselineOf(view, range.from);
    const downloadsQuery = dailyDownloadsQuery({
      apps: view.visibleApps,
      store: view.store,
      country: view.country,
      chart: null,
      category: null,
      ...range,
      ...baseline,
    });
    const eventQuery = view.events ? eventsQuery(range.from, range.to) : null;
    const [rows, events] = await Promise.all([
      db.query<DailyDownloadsRow>(downloadsQuery),
      eventQuery ? readEvents(db, range) : [],
    ]);
    const series = toDownloadsSeries(rows);
    const baselineLabel =
      baseline.baselineFrom === baseline.baselineTo
        ? formatDay(day(baseline.baselineFrom))
        : `mean of ${formatDay(day(baseline.baselineFrom))} – ${formatDay(day(baseline.baselineTo))}`;
    const anyValue = rows.some((r) => r.downloads !== null);
    return {
      empty: anyValue
        ? null
        : `There are no download estimates for ${view.visibleApps.map(appLabel).join(', ')} on ${storeLabel(view.store)} in ${countryLabel(view.country)} in this range.`,
      render: (width, document, size) =>
        dailyDownloadsChart(
          { series, events, from: day(range.from), to: day(range.to) },
          {
            width,

            mode,
            baselineLabel,
            ariaLabel: `Daily downloads, ${storeLabel(view.store)}, ${countryLabel(view.country)}`,
            ...timeOptions(view),
            ...sizeOptions(size),
          },
          document,
        ),
      sources: sourcesOfDownloads(rows),
      alt: downloadsAlt(series, {
        mode,
        place: storeInCountry(view),
        from: day(range.from),
        to: day(range.to),
        baselineLabel,
      }),
      queries: eventQuery ? [downloadsQuery, eventQuery] : [downloadsQuery],
      tables: view.events ? ['app_rankings', 'events'] : ['app_rankings'],
      valuesOn: (date) =>
        rows
          .filter((r) => r.date.getTime() === date.getTime())
          .map((r) => ({
            key: r.app,
            label: appLabel(r.app),
            color: appColor(r.app),
            value:
              mode === 'daily'
                ? `${formatCount(r.downloads)} (7-day mean ${formatCount(r.average7 === null ? null : Math.round(r.average7))})`
                : VALUE_OF[mode](r) || '–',
          })),
      table: {
        caption: 'Estimated daily downloads of each app, with the trailing 7-day mean',
        rows,
        columns: [
          { header: 'Date', value: (r) => r.date.toISOString().slice(0, 10) },
          { header: 'App', value: (r) => appLabel(r.app) },
          {
            header: 'Downloads',
            value: (r) => formatCount(r.downloads),
            raw: (r) => plainNumber(r.downloads),
            numeric: true,
          },
          {
            header: '7-day mean',
            value: (r) => (r.average7 === null ? '' : formatCount(Math.round(r.average7))),
            raw: (r) => plainNumber(r.average7),
            numeric: true,
          },
          {
            header: 'Share of selected apps (%)',
            value: VALUE_OF.share,
            raw: (r) => plainNumber(r.share === null ? null : r.share * 100),
            numeric: true,
          },
          {
            header: `Index (100 = ${baselineLabel})`,
            value: VALUE_OF.indexed,
            raw: (r) => plainNumber(r.indexed),
            numeric: true,
          },
          {
            header: '% of peak',
            value: VALUE_OF.ofPeak,
            raw: (r) => plainNumber(r.ofPeak),
            numeric: true,
          },
        ],
      },
    };
  }, [db, view, range, version, mode]);
  const result = useQueryResult(load);

  return (
    <FigurePanel
      db={db}
      filters={{ ...view, ...range }}
      id="daily-downloads"
      title="Daily downloads"
      subtitle={`Estimated daily downloads · ${storeLabel(view.store)} · ${countryLabel(view.country)}`}
      result={result}
      onBrush={onBrush}
      onLegend={(app) => onChange(hideApp(view, app))}
      formatDay={hoverDayFormat(view)}
      tools={
        <>
          <Segmented
            label="Show"
            value={mode}
            choices={[
              ['daily', 'Daily'],
              ['share', 'Share'],
              ['indexed', 'Indexed'],
              ['ofPeak', '% of peak'],
            ]}
            onChange={(downloads) => onChange({ downloads })}
          />
          {mode === 'indexed' && (
            <BaselineInputs
              baseline={baselineOf(view, range.from)}
              range={range}
              onChange={(baseline) => onChange({ baseline })}
            />
          )}
        </>
      }
    />
  );
}
