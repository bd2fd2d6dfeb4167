import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Database } from '../../db/database';
import { EXAMPLE_QUERIES } from '../../queries/workbench/exampleQueries';
import type { WorkbenchLink } from '../../state/workbenchLink';
import { ConfirmChange } from './ConfirmChange';
import { CopyLink } from './CopyLink';
import { DataChangedNote } from './DataChangedNote';
import { ExampleList, HistoryList, SavedList } from './QueryLists';
import type { ChartSettings } from './ResultChart';
import { ResultView } from './ResultView';
import { RunStatus } from './RunStatus';
import { SaveQuery } from './SaveQuery';
import { SchemaBrowser } from './SchemaBrowser';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { useLinkedRun } from './useLinkedRun';
import { useQueryLibrary } from './useQueryLibrary';
import { useSchema } from './useSchema';
import { useSqlRun, type RunState } from './useSqlRun';
import { useWorkbenchSession } from './useWorkbenchSession';
import { loadDraft, saveDraft } from './workbenchStore';
import './workbench.css';

interface WorkbenchProps {
  readonly db: Database;
  /** Changes whenever the data changes. */
  readonly version: number;
  /** What the page's URL said of the workbench when it opened. */
  readonly link: WorkbenchLink;
  /** Writes the query and chart into the URL. */
  readonly describe: (query: string, chart: WorkbenchLink['chart']) => void;
  /** After statements that may have changed data; true when they changed Driftwatch's tables. */
  readonly onDataChanged: (changedAppData: boolean) => void;
  readonly onReset: () => Promise<void>;
}

const ended = (state: RunState) =>
  state.phase === 'done' || state.phase === 'failed' || state.phase === 'cancelled';

/** The SQL workbench: the analyst's own questions of the loaded snapshots, in DuckDB. */
export default function Workbench(props: WorkbenchProps) {
  const { db, version, link, describe, onDataChanged, onReset } = props;
  const session = useWorkbenchSession(db);
  const editor = useRef<SqlEditorHandle>(null);
  const [initial] = useState(() => link.query ?? (loadDraft() || EXAMPLE_QUERIES[0]!.sql));
  const [text, setText] = useState(initial);
  const [chart, setChart] = useState<ChartSettings | null>(null);
  const [changedAppData, setChangedAppData] = useState(false);
  // Counts finished runs, for anything that waits for the next one (the browser tests).
  const [runs, setRuns] = useState(0);
  const library = useQueryLibrary();
  const schema = useSchema(session, version);
  const completion = useMemo(
    () => Object.fromEntries(schema.objects.map((o) => [o.name, o.columns.map((c) => c.name)])),
    [schema.objects],
  );

  const finished = (state: RunState) => {
    if (!ended(state) || !('statements' in state) || state.statements === 0) return;
    setRuns((n) => n + 1);
    library.record({
      sql: state.sql,
      ranAt: new Date().toISOString(),
      rows: state.phase === 'done' ? state.result.rowCount : null,
      ms: state.ms,
      error:
        state.phase === 'failed' ? state.message : state.phase === 'cancelled' ? 'cancelled' : null,
    });
    editor.current?.markError(state.phase === 'failed' ? state.position : null);
    if (state.phase === 'done') keepFittingChart(state.result.columns.map((c) => c.name));
  };
  // A new result keeps its chart if the chart's columns are still in it (a link's first result
  // takes the link's chart).
  const keepFittingChart = (columns: readonly string[]) => {
    const names = new Set(columns);
    const fits = (c: ChartSettings | null) =>
      c && names.has(c.x) && names.has(c.y) && (c.series === null || names.has(c.series))
        ? c
        : null;
    const fromLink = linked.takeChart();
    setChart((c) => fits(fromLink ? { ...fromLink, scale: 'linear', events: true } : c));
  };
  const sql = useSqlRun(
    session,
    (app) => {
      if (app) setChangedAppData(true);
      onDataChanged(app);
    },
    finished,
  );
  const shown = sql.shown;
  const linked = useLinkedRun(session, link, sql.run);

  // The address follows the text a moment later (no history entry per keystroke), and at once
  // when the query runs or the page goes, so a link or a reload always has the latest query.
  const describeNow = useCallback(
    () => describe(text, chart && { x: chart.x, y: chart.y, series: chart.series }),
    [describe, text, chart],
  );
  useEffect(() => {
    saveDraft(text);
    const timer = setTimeout(describeNow, 250);
    window.addEventListener('pagehide', describeNow);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', describeNow);
    };
  }, [text, describeNow]);

  const runEditor = useCallback(() => {
    describeNow();
    const selected = editor.current?.selection();
    if (selected) sql.run(selected.text, selected.from);
    else sql.run(text, 0);
  }, [sql, text, describeNow]);
  const open = (query: string) => {
    editor.current?.setText(query);
    editor.current?.focus();
  };
  const running = sql.state.phase === 'running';

  return (
    <section className="workbench" aria-labelledby="workbench-title" data-runs={runs}>
      <div className="workbench-main panel">
        <h2 id="workbench-title">SQL workbench</h2>
        <p className="subtitle">
          Ask your own questions of the loaded snapshots in DuckDB’s SQL. <kbd>Ctrl</kbd>+
          <kbd>Enter</kbd> runs the query, or the part of it you selected. Tables you make last
          until the page is reloaded.
        </p>
        <SqlEditor
          ref={editor}
          initial={initial}
          schema={completion}
          onChange={setText}
          onRun={runEditor}
        />
        <div className="workbench-toolbar">
          <button type="button" className="primary" disabled={running} onClick={runEditor}>
            Run query
          </button>
          {running && (
            <button type="button" onClick={sql.cancel}>
              Cancel
            </button>
          )}
          <SaveQuery
            saved={library.saved}
            disabled={text.trim() === ''}
            onSave={(name) => library.save(name, text)}
          />
          <CopyLink />
        </div>
        {linked.notice && <p className="warning">{linked.notice}</p>}
        {changedAppData && (
          <DataChangedNote
            onReset={async () => {
              await onReset();
              setChangedAppData(false);
            }}
          />
        )}
        <RunStatus state={sql.state} text={text} />
        {sql.state.phase === 'confirming' && (
          <ConfirmChange changes={sql.state.changes} onAnswer={sql.confirm} />
        )}
        {shown && (
          <ResultView
            db={db}
            shown={shown}
            busy={running}
            chart={chart}
            onChart={setChart}
            version={version}
          />
        )}
      </div>
      <aside className="workbench-side panel" aria-label="Tables and queries">
        <h3>Tables and views</h3>
        <SchemaBrowser schema={schema} onInsert={(name) => editor.current?.insert(name)} />
        <h3>Examples</h3>
        <ExampleList onOpen={open} />
        <h3>Saved queries</h3>
        <SavedList saved={library.saved} onOpen={open} onDelete={library.remove} />
        <h3>History</h3>
        <HistoryList history={library.history} onOpen={open} onClear={library.clearHistory} />
      </aside>
    </section>
  );
}
