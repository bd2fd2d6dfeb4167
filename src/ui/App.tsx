import { lazy, Suspense, useCallback, useState } from 'react';
import { markSupersededAgain } from '../ingest/latestRankings';
import { Dashboard } from './dashboard/Dashboard';
import { PageTabs } from './PageTabs';
import { resetToBundledData } from './resetToBundledData';
import { SnapshotsPanel } from './snapshots/SnapshotsPanel';
import { StartupStatus } from './StartupStatus';
import { ThemeSwitch } from './theme/ThemeSwitch';
import { useStartup } from './useStartup';
import { useViewState } from './useViewState';
import { useWorkbenchLink } from './useWorkbenchLink';
import { ViewNotices } from './ViewNotices';

// The editor and its SQL language load only when the workbench is opened.
const Workbench = lazy(() => import('./workbench/Workbench'));

export function App() {
  const { startup, early, retry } = useStartup();
  const viewState = useViewState();
  const workbench = useWorkbenchLink();
  const [linkNotices, setLinkNotices] = useState(workbench.notices);
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const db = startup.phase === 'ready' ? startup.db : null;
  // The dashboard is drawn while the engine starts too, from the answers built with the site.
  const dashboardDb = db ?? early;
  const saved = startup.phase === 'ready' ? startup.saved : null;
  const reset = useCallback(async () => {
    if (!db || !saved) return;
    await resetToBundledData(db, saved);
    changed();
  }, [db, saved, changed]);
  // Statements of the workbench can change the rankings by hand: mark which are current again.
  const changedInWorkbench = useCallback(
    (appData: boolean) => {
      if (!appData || !db) return changed();
      void markSupersededAgain(db)
        .catch(() => {})
        .finally(changed);
    },
    [db, changed],
  );
  const dismiss = () => {
    viewState.dismissNotices();
    setLinkNotices([]);
  };
  return (
    <div className="app" data-state={startup.phase}>
      <header>
        <div>
          <h1>Driftwatch</h1>
          <p className="tagline">
            How TikTok users moved to Xiaohongshu (RedNote) and Lemon8 around the January 2025 US
            ban, from app-store ranks, downloads and hashtag views.
          </p>
        </div>
        <ThemeSwitch />
      </header>
      <PageTabs workbench={workbench.link.open} onShow={workbench.show} />
      <main>
        <StartupStatus startup={startup} retry={retry} />
        <ViewNotices notices={[...viewState.notices, ...linkNotices]} onDismiss={dismiss} />
        {startup.phase === 'ready' && workbench.link.open ? (
          <Suspense fallback={<p className="muted">Opening the SQL workbench…</p>}>
            <Workbench
              db={startup.db}
              version={version}
              link={workbench.link}
              describe={workbench.describe}
              onDataChanged={changedInWorkbench}
              onReset={reset}
            />
          </Suspense>
        ) : (
          dashboardDb && <Dashboard db={dashboardDb} version={version} state={viewState} />
        )}
        {startup.phase === 'ready' && (
          <SnapshotsPanel
            db={startup.db}
            version={version}
            saved={startup.saved}
            onChanged={changed}
            onReset={reset}
          />
        )}
      </main>
      <footer>
        Everything runs in your browser: the data is queried by DuckDB in this page and nothing is
        sent anywhere.
      </footer>
    </div>
  );
}
