import { useCallback } from 'react';
import type { Database } from '../../db/database';
import { appLabel } from '../../domain/apps';
import { keyFiguresQuery, type KeyFiguresRow } from '../../queries/keyFigures';
import { formatChange, formatCount, formatDay, formatRank } from '../format';
import { useQueryResult } from '../useQueryResult';
import type { PanelProps } from './panelProps';

/** Per app: the figures an article quotes, each computed in SQL for the view. */
export function KeyFiguresPanel({ db, view, range, version }: PanelProps & { db: Database }) {
  const load = useCallback(() => {
    void version;
    return db.query<KeyFiguresRow>(
      keyFiguresQuery({ ...view, apps: view.visibleApps, ...range, eventDate: view.event }),
    );
  }, [db, view, range, version]);
  const result = useQueryResult(load);
  return (
    <figure className="panel key-figures" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">Key figures</h2>
      <p className="subtitle">
        {view.event
          ? `Downloads compare the 7 days from ${formatDay(new Date(`${view.event}T00:00:00Z`))} (the chosen event) with the 7 days before.`
          : 'Choose an event to compare the downloads of the week after it with the week before.'}
      </p>
      {result.status === 'failed' && (
        <p role="alert" className="error">
          The key figures could not be read: {result.message}
        </p>
      )}
      {result.status === 'done' && (
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
              {result.value.map((row) => (
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

function weekChange(row: KeyFiguresRow): string {
  if (row.downloadsBefore === null && row.downloadsAfter === null) return '–';
  const partial = row.daysBefore < 7 || row.daysAfter < 7 ? ' (partial week)' : '';
  return `${formatCount(row.downloadsBefore)} → ${formatCount(row.downloadsAfter)}: ${formatChange(row.afterToBefore)}${partial}`;
}
