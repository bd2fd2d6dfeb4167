import { useCallback, useState } from 'react';
import type { Database } from '../../db/database';
import { removeSnapshot, setSnapshotSource } from '../../ingest/snapshotChanges';
import { ensureNormalisers } from '../../ingest/sql/normaliserSql';
import { snapshotListQuery, type SnapshotRow } from '../../queries/snapshotList';
import { useQueryResult } from '../useQueryResult';
import { FilePicker } from './FilePicker';
import { LoadResults } from './LoadResults';
import { missingChoice, PreviewCard } from './PreviewCard';
import { SnapshotList } from './SnapshotList';
import { forgetFile, savedFiles, updateSavedFile } from './savedFiles';
import { readingCode } from './readingCode';
import { useSnapshotLoads } from './useSnapshotLoads';

interface SnapshotsPanelProps {
  readonly db: Database;
  /** Changes whenever the data changes. */
  readonly version: number;
  /** Snapshot id -> key of its saved file. */
  readonly saved: Map<number, number>;
  readonly onChanged: () => void;
  /** Back to the bundled data (see resetToBundledData). */
  readonly onReset: () => Promise<void>;
}

/** Loading new snapshots, and the list of what is loaded. */
export function SnapshotsPanel({ db, version, saved, onChanged, onReset }: SnapshotsPanelProps) {
  const [message, setMessage] = useState('');
  const onLoaded = useCallback(
    (added: Map<number, number>) => {
      for (const [id, key] of added) saved.set(id, key);
      onChanged();
    },
    [saved, onChanged],
  );
  const loads = useSnapshotLoads(db, onLoaded);
  const list = useQueryResult(
    useCallback(async () => {
      void version;
      return db.query<SnapshotRow>(snapshotListQuery());
    }, [db, version]),
  );
  const snapshots = list.status === 'done' ? list.value : [];
  const busy = loads.state.phase === 'loading' || loads.state.phase === 'inspecting';
  // Readies what reading a file needs (its code, ~0.3 s of SQL) while the person is still
  // choosing one; a failure here is met again, and reported, when the file is read.
  const prepareForFiles = useCallback(() => {
    readingCode().catch(() => {});
    ensureNormalisers(db).catch(() => {});
  }, [db]);

  const remove = async (id: number) => {
    const row = snapshots.find((s) => s.id === id);
    await removeSnapshot(db, id);
    const key = saved.get(id);
    if (key !== undefined && key >= 0) await forgetFile(key);
    saved.delete(id);
    setMessage(`Removed ${row?.fileName ?? 'the snapshot'}.`);
    onChanged();
  };
  const reset = async () => {
    setMessage('Loading the bundled data again…');
    try {
      await onReset();
      setMessage('Back to the bundled data.');
    } catch (error) {
      setMessage(`The reset failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const rename = async (id: number, source: string) => {
    await setSnapshotSource(db, id, source);
    const key = saved.get(id);
    const entry = (await savedFiles()).find(([k]) => k === key);
    if (entry)
      await updateSavedFile(entry[0], { ...entry[1], options: { ...entry[1].options, source } });
    setMessage(
      `Source of ${snapshots.find((s) => s.id === id)?.fileName ?? 'the snapshot'} saved.`,
    );
    onChanged();
  };

  const state = loads.state;
  const stillToChoose =
    state.phase === 'previewing' ? state.pending.map(missingChoice).filter((m) => m !== null) : [];
  const status = message || loads.status;
  return (
    <section className="panel snapshots" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Snapshots</h2>
      <FilePicker
        disabled={busy}
        onIntent={prepareForFiles}
        onFiles={(files) => {
          setMessage('');
          void loads.choose(files);
        }}
      />
      {state.phase === 'inspecting' && <p className="muted">Reading {state.file}…</p>}
      {state.phase === 'previewing' && (
        <div className="previews">
          {state.pending.map((pending, i) => (
            <PreviewCard
              key={pending.inspection.hash + i}
              pending={pending}
              onChange={(options) => loads.update(i, options)}
              onKind={(kind) => void loads.setKind(i, kind)}
            />
          ))}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={stillToChoose.length > 0}
              onClick={() => void loads.load()}
            >
              Load {state.pending.length === 1 ? 'file' : `${state.pending.length} files`}
            </button>
            <button type="button" onClick={loads.cancel}>
              Cancel
            </button>
            {stillToChoose.length > 0 && <span className="warn">{stillToChoose.join(' ')}</span>}
          </div>
        </div>
      )}
      {state.phase === 'loading' && (
        <div className="loading">
          <progress aria-label={`Loading ${state.file}`} max={1} value={state.fraction} />
          <span className="muted">
            {state.step}: {state.file}
          </span>
          <button type="button" onClick={loads.cancel}>
            Cancel
          </button>
        </div>
      )}
      <p role="status" aria-label="Snapshot loads" className="load-status">
        {status}
      </p>
      <LoadResults outcomes={loads.outcomes} />
      <SnapshotList
        snapshots={snapshots}
        busy={busy}
        onRemove={(id) => void remove(id)}
        onSource={(id, source) => void rename(id, source)}
        onReset={() => void reset()}
      />
    </section>
  );
}
