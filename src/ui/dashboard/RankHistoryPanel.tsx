import { useCallback } from 'react';
import { appColor } from '../../charts/appColors';
import { rankHistoryChart } from '../../charts/rankHistory';
import { rankHistoryFacets } from '../../charts/rankHistoryFacets';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { categoryLabel, chartLabel, countryLabel, storeLabel } from '../../domain/labels';
import { eventsQuery } from '../../queries/events';
import { rankHistoryQuery, toRankSeries, type RankHistoryRow } from '../../queries/rankHistory';
import { sourcesOf } from '../../queries/sourcesOf';
import type { Facet, ViewState } from '../../state/viewState';
import type { ControlOptions } from '../controls/controlOptions';
import { Segmented } from '../controls/Segmented';
import { describeView } from '../describeView';
import { rankHistoryAlt } from '../../export/altText/rankHistoryAlt';
import { chartPlace } from './placePhrase';
import { formatRank } from '../format';
import { useQueryResult } from '../useQueryResult';
import { FigurePanel, type FigureContent } from './FigurePanel';
import { hideApp } from './hideApp';
import { readRankHistory } from './readRankHistory';
import type { PanelProps } from './panelProps';
import { hoverDayFormat, sizeOptions, timeOptions } from './timeOptions';
import { readEvents } from './readEvents';

interface RankHistoryPanelProps extends PanelProps {
  readonly db: Database;
  readonly options: ControlOptions;
  readonly onBrush: (from: string, to: string) => void;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

type FacetRow = RankHistoryRow & { readonly facet: string };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The facets of a view: one (the view's own chart), or one per store or per country. */
function facetsOf(view: ViewState, options: ControlOptions, facet: Facet) {
  if (facet === 'store')
    return options.stores.map((store) => ({
      key: store,
      title: storeLabel(store),
      view: { ...view, store },
    }));
  if (facet === 'country')
    return options.countries.map((country) => ({
      key: country,
      title: `${countryLabel(country)} (${country})`,
      view: { ...view, country },
    }));
  return [{ key: 'all', title: '', view }];
}

export function RankHistoryPanel(props: RankHistoryPanelProps) {
  const { db, view, range, version, options, onBrush, onChange } = props;
  const load = useCallback(async (): Promise<FigureContent<FacetRow>> => {
    void version;
    const facets = facetsOf(view, options, view.facet);
    const filters = facets.map((f) => ({ ...f.view, apps: view.visibleApps, ...range }));
    const eventQuery = view.events ? eventsQuery(range.from, range.to) : null;
    const [perFacet, events] = await Promise.all([
      Promise.all(
        filters.map(async (f, i) =>
          (await readRankHistory(db, f)).map((row) => ({ ...row, facet: facets[i]!.key })),
        ),
      ),
      eventQuery ? readEvents(db, range) : [],
    ]);
    const rows = perFacet.flat();
    const shown = facets
      .map((f, i) => ({ key: f.key, title: f.title, series: toRankSeries(perFacet[i]!) }))
      .filter(
        (f) => view.facet === 'none' || f.series.some((s) => s.points.some((p) => p.rank !== null)),
      );
    const chartOptions = {
      scale: view.rankScale,
      markNumberOne: true,
      ariaLabel: `Rank history: ${describeView({ ...view, ...range })}`,
      ...timeOptions(view),
    };
    const frame = { events, from: day(range.from), to: day(range.to) };
    const single = shown[0]?.series ?? [];
    const altOf = (series: typeof single, facetView: ViewState) =>
      rankHistoryAlt(series, { place: chartPlace(facetView), ...frame });
    return {
      empty: rows.some((r) => r.rank !== null) ? null : emptyReason(view.visibleApps, view),
      render: (width, document, size) =>
        view.facet === 'none'
          ? rankHistoryChart(
              { ...frame, series: single },
              { ...chartOptions, width, ...sizeOptions(size) },
              document,
            )
          : rankHistoryFacets(
              { ...frame, facets: shown },
              { ...chartOptions, width, ...sizeOptions(size) },
              document,
            ),
      sources: sourcesOf(rows, 'rank'),
      alt:
        view.facet === 'none'
          ? altOf(single, view)
          : shown
              .map(
                (f) => `${f.title}: ${altOf(f.series, facets.find((g) => g.key === f.key)!.view)}`,
              )
              .join(' '),
      // The statement of the rows drawn, read here from the overview's answer (readRankHistory).
      queries: [...filters.map(rankHistoryQuery), ...(eventQuery ? [eventQuery] : [])],
      tables: view.events ? ['app_rankings', 'events'] : ['app_rankings'],
      valuesOn: (date) =>
        view.facet === 'none'
          ? single.map((s) => ({
              key: s.app,
              label: s.label,
              color: appColor(s.app),
              value: formatRank(
                s.points.find((p) => p.date.getTime() === date.getTime())?.rank ?? null,
              ),
            }))
          : [],
      table: {
        caption: 'Rank of each app by day (blank: not ranked)',
        rows,
        columns: [
          { header: 'Date', value: (r) => r.date.toISOString().slice(0, 10) },
          ...(view.facet === 'none'
            ? []
            : [
                {
                  header: view.facet === 'store' ? 'Store' : 'Country',
                  value: (r: FacetRow) => r.facet,
                },
              ]),
          { header: 'App', value: (r) => appLabel(r.app) },
          { header: 'Rank', value: (r) => (r.rank === null ? '' : String(r.rank)), numeric: true },
        ],
      },
    };
  }, [db, view, range, version, options]);
  const result = useQueryResult(load);
  const subtitle =
    view.facet === 'none'
      ? describeView({ ...view, ...range })
      : `By ${view.facet} · ${chartLabel(view.chart)} · ${categoryLabel(view.category)}`;

  return (
    <FigurePanel
      db={db}
      filters={{ ...view, ...range }}
      id="rank-history"
      title="Rank history"
      subtitle={subtitle}
      result={result}
      onBrush={onBrush}
      onLegend={(app) => onChange(hideApp(view, app))}
      formatDay={hoverDayFormat(view)}
      tools={
        <>
          <Segmented
            label="Rank scale"
            value={view.rankScale}
            choices={[
              ['log', 'Log'],
              ['linear', 'Linear'],
            ]}
            onChange={(rankScale) => onChange({ rankScale })}
          />
          <Segmented
            label="Facet"
            value={view.facet}
            choices={[
              ['none', 'None'],
              ['store', 'By store'],
              ['country', 'By country'],
            ]}
            onChange={(facet) => onChange({ facet })}
          />
        </>
      }
    />
  );
}

/** "Lemon8 has no rank on Google Play in United Kingdom (Top free, Overall) in this range" */
export function emptyReason(apps: readonly string[], view: ViewState): string {
  const names = apps.map(appLabel);
  const who =
    names.length === 1
      ? `${names[0]} has`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} have`;
  const chart = `${chartLabel(view.chart)}, ${categoryLabel(view.category)}`;
  return `${who} no rank on ${storeLabel(view.store)} in ${countryLabel(view.country)} (${chart}) in this range.`;
}
