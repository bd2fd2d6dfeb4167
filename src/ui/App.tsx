import { useCallback, useState } from 'react';
import { Dashboard } from './dashboard/Dashboard';
import { SnapshotsPanel } from './snapshots/SnapshotsPanel';
import { StartupStatus } from './StartupStatus';
import { ThemeSwitch } from './theme/ThemeSwitch';
import { useStartup } from './useStartup';
import { useViewState } from './useViewState';
import { ViewNotices } from './ViewNotices';

export function App() {
  const { startup, retry } = useStartup();
  const viewState = useViewState();
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
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
      <main>
        <StartupStatus startup={startup} retry={retry} />
        <ViewNotices notices={viewState.notices} onDismiss={viewState.dismissNotices} />
        {startup.phase === 'ready' && (
          <>
            <Dashboard db={startup.db} version={version} state={viewState} />
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
