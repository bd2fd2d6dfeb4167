import { useCallback, useState } from 'react';
import type { Database } from '../db/database';
import { isoDate } from '../queries/isoDate';
import { rankDateExtentQuery, type DateExtentRow } from '../queries/rankDateExtent';
import { DEFAULT_RANK_VIEW } from '../state/defaultView';
import { RankHistoryPanel } from './RankHistoryPanel';
import { SnapshotsPanel } from './snapshots/SnapshotsPanel';
import { StartupStatus } from './StartupStatus';
import { useQueryResult } from './useQueryResult';
import { useStartup } from './useStartup';

function Dashboard({ db, version }: { readonly db: Database; readonly version: number }) {
  const readExtent = useCallback(async () => {
    void version;
    const [extent] = await db.query<DateExtentRow>(rankDateExtentQuery(DEFAULT_RANK_VIEW));
    if (!extent?.first || !extent.last) return null;
    return { ...DEFAULT_RANK_VIEW, from: isoDate(extent.first), to: isoDate(extent.last) };
  }, [db, version]);
  const filters = useQueryResult(readExtent);
  if (filters.status === 'failed') return <p role="alert">{filters.message}</p>;
  if (filters.status === 'loading') return null;
  if (!filters.value) return <p className="empty">There are no app rankings loaded.</p>;
  return <RankHistoryPanel db={db} filters={filters.value} />;
}

export function App() {
  const { startup, retry } = useStartup();
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  return (
    <div className="app" data-state={startup.phase}>
      <header>
        <h1>Driftwatch</h1>
        <p className="tagline">
          How TikTok users moved to Xiaohongshu (RedNote) and Lemon8 around the January 2025 US ban,
          from app-store ranks, downloads and hashtag views.
        </p>
      </header>
      <main>
        <StartupStatus startup={startup} retry={retry} />
        {startup.phase === 'ready' && (
          <>
            <Dashboard db={startup.db} version={version} />
            <SnapshotsPanel
              db={startup.db}
              version={version}
              saved={startup.saved}
              onChanged={changed}
            />
          </>
        )}
      </main>
      <footer>
        Everything runs in your browser: the data is queried by DuckDB in this page and nothing is
        sent anywhere.
      </footer>
    </div>
  );
}
