import { useCallback, useMemo } from 'react';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { sourceLineText } from '../../export/sourceLineText';
import {
  dailyDownloadsQuery,
  sourcesOfDownloads,
  type DailyDownloadsRow,
} from '../../queries/dailyDownloads';
import { hashtagViewsQuery, type HashtagViewsRow } from '../../queries/hashtagViews';
import { keyFiguresQuery, type KeyFiguresRow } from '../../queries/keyFigures';
import { mergeSources, sourcesOf } from '../../queries/sourcesOf';
import { ExportControl } from '../export/ExportControl';
import { formatCount, formatDay, formatRank } from '../format';
import { useQueryResult } from '../useQueryResult';
import { keyFiguresExport, weekChange } from './keyFiguresExport';
import { readRankHistory } from './readRankHistory';
import type { PanelProps, PanelView } from './panelProps';

/** The sources of the ranks, downloads and hashtag views the key figures are computed from. */
async function keyFiguresSources(
  db: Database,
  view: PanelView,
  range: { readonly from: string; readonly to: string },
) {
  const apps = view.visibleApps;
  const [ranks, downloads, views] = await Promise.all([
    readRankHistory(db, { ...view, apps, ...range }),
    db.query<DailyDownloadsRow>(
      dailyDownloadsQuery({
        ...view,
        apps,
        chart: null,
        category: null,
        ...range,
        baselineFrom: range.from,
        baselineTo: range.from,
      }),
    ),
    db.query<HashtagViewsRow>(hashtagViewsQuery({ hashtags: [], platforms: apps, ...range })),
  ]);
  return mergeSources(
    sourcesOf(ranks, 'rank'),
    sourcesOfDownloads(downloads),
    sourcesOf(views, 'views'),
  );
}

/** Per app: the figures an article quotes, each computed in SQL for the view. */
export function KeyFiguresPanel({ db, view, range, version }: PanelProps & { db: Database }) {
  const subtitle = view.event
    ? `Downloads compare the 7 days from ${formatDay(new Date(`${view.event}T00:00:00Z`))} (the chosen event) with the 7 days before.`
    : 'Choose an event to compare the downloads of the week after it with the week before.';
  const load = useCallback(async () => {
    void version;
    const query = keyFiguresQuery({
      ...view,
      apps: view.visibleApps,
      ...range,
      eventDate: view.event,
    });
    return { rows: await db.query<KeyFiguresRow>(query), query };
  }, [db, view, range, version]);
  const result = useQueryResult(load);
  const loaded = result.status === 'done' ? result.value : null;
  // The figures stand on ranks, downloads and hashtag views: the source line names them all.
  // Those reads serve only the export, so they wait until the dialog opens.
  const prepare = useMemo(
    () =>
      loaded && loaded.rows.length
        ? async () =>
            keyFiguresExport({
              ...loaded,
              range,
              event: view.event,
              subtitle,
              source: sourceLineText(await keyFiguresSources(db, view, range)),
            })
        : null,
    [db, loaded, range, view, subtitle],
  );
  return (
    <figure className="panel key-figures" aria-labelledby="key-figures-title">
      <div className="figure-head">
        <h2 id="key-figures-title">Key figures</h2>
        <ExportControl
          id="key-figures"
          chart={null}
          prepare={prepare}
          db={db}
          filters={{ ...view, ...range }}
        />
      </div>
      <p className="subtitle">{subtitle}</p>
      {result.status === 'failed' && (
        <p role="alert" className="error">
          The key figures could not be read: {result.message}
        </p>
      )}
      {loaded && (
        <div className="table-scroll">
          <table className="figures-table">
            <thead>
              <tr>
                <th scope="col">App</th>
                <th scope="col">Best rank</th>
                <th scope="col" className="number">
                  Days at #1
                </th>
                <th scope="col" className="number">
                  Days in top 10
                </th>
                <th scope="col">Peak daily downloads</th>
                <th scope="col" className="number">
                  Week after event vs before
                </th>
                <th scope="col" className="number">
                  Hashtag views on the app by {formatDay(new Date(`${range.to}T00:00:00Z`))}
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.rows.map((row) => (
                <tr key={row.app}>
                  <th scope="row">{appLabel(row.app)}</th>
                  <td>
                    {formatRank(row.bestRank)}
                    {row.bestRankDate && (
                      <span className="muted"> on {formatDay(row.bestRankDate)}</span>
                    )}
                  </td>
                  <td className="number">{row.daysAtOne}</td>
                  <td className="number">{row.daysInTop10}</td>
                  <td>
                    {formatCount(row.peakDownloads)}
                    {row.peakDate && <span className="muted"> on {formatDay(row.peakDate)}</span>}
                  </td>
                  <td className="number">{weekChange(row)}</td>
                  <td className="number">{formatCount(row.hashtagViews)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
