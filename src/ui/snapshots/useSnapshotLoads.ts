import { useCallback, useRef, useState } from 'react';
import type { Database } from '../../db/database';
import { failedReport } from '../../ingest/failedReport';
import { IngestError } from '../../ingest/ingestError';
import { readingCode } from './readingCode';
import type { FileKind } from '../../ingest/types';
import type { PendingFile } from './pendingFile';
import { saveFile, StorageFullError } from './savedFiles';
import { summarise, type LoadOutcome } from './summarise';

export type LoadPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'inspecting'; readonly file: string }
  | { readonly phase: 'previewing'; readonly pending: readonly PendingFile[] }
  | {
      readonly phase: 'loading';
      readonly file: string;
      readonly fraction: number;
      readonly step: string;
    };

export interface SnapshotLoads {
  readonly state: LoadPhase;
  readonly outcomes: readonly LoadOutcome[];
  readonly status: string;
  choose(files: readonly File[]): Promise<void>;
  update(index: number, options: PendingFile['options']): void;
  /** Reads the file as another kind: its columns mapped again, its date order decided again. */
  setKind(index: number, kind: FileKind): Promise<void>;
  load(): Promise<void>;
  cancel(): void;
}

/** The load flow: files are inspected, previewed, then loaded one by one, cancellably. */
export function useSnapshotLoads(
  db: Database,
  onLoaded: (saved: Map<number, number>) => void,
): SnapshotLoads {
  const [state, setState] = useState<LoadPhase>({ phase: 'idle' });
  const [outcomes, setOutcomes] = useState<readonly LoadOutcome[]>([]);
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);

  const choose = useCallback(
    async (files: readonly File[]) => {
      const pending: PendingFile[] = [];
      const failed: LoadOutcome[] = [];
      for (const file of files) {
        setState({ phase: 'inspecting', file: file.name });
        try {
          const { inspectFile } = await readingCode();
          const inspection = await inspectFile(db, file.name, file);
          pending.push({
            file,
            inspection,
            detectedKind: inspection.kind,
            options: { source: `Unattributed: ${file.name}` },
          });
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          failed.push({ report: failedReport(file.name, error.message), replaced: 0 });
        }
      }
      setOutcomes(failed);
      setStatus(failed.length ? summarise(failed) : '');
      setState(pending.length ? { phase: 'previewing', pending } : { phase: 'idle' });
    },
    [db],
  );

  const update = useCallback((index: number, options: PendingFile['options']) => {
    setState((s) =>
      s.phase === 'previewing'
        ? { ...s, pending: s.pending.map((p, i) => (i === index ? { ...p, options } : p)) }
        : s,
    );
  }, []);

  const setKind = useCallback(
    async (index: number, kind: FileKind) => {
      if (state.phase !== 'previewing') return;
      const pending = state.pending[index];
      if (!pending) return;
      const { inspectAs } = await readingCode();
      const inspection = await inspectAs(db, pending.inspection, kind);
      const options = { ...pending.options, kind, dateOrder: undefined };
      setState((s) =>
        s.phase === 'previewing'
          ? {
              ...s,
              pending: s.pending.map((p, i) => (i === index ? { ...p, inspection, options } : p)),
            }
          : s,
      );
    },
    [db, state],
  );

  const load = useCallback(async () => {
    if (state.phase !== 'previewing') return;
    const controller = (abort.current = new AbortController());
    const done: LoadOutcome[] = [];
    const failure = (file: string, message: string) =>
      done.push({ report: failedReport(file, message), replaced: 0 });
    const saved = new Map<number, number>();
    const notes: string[] = [];
    for (const [i, { file, inspection, options }] of state.pending.entries()) {
      if (controller.signal.aborted) {
        await inspection.discard();
        continue;
      }
      const onProgress = (fraction: number, step: string) =>
        setState({
          phase: 'loading',
          file: file.name,
          fraction: (i + fraction) / state.pending.length,
          step,
        });
      try {
        const { loadInspection } = await readingCode();
        const result = await loadInspection(db, inspection, {
          ...options,
          signal: controller.signal,
          onProgress,
        });
        done.push(result);
        if (result.snapshotId !== null) {
          saved.set(
            result.snapshotId,
            await saveFile({ name: file.name, file, options }).catch((error) => {
              if (error instanceof StorageFullError) notes.push(error.message);
              else notes.push(`${file.name} could not be kept for the next visit.`);
              return -1;
            }),
          );
        }
      } catch (error) {
        if (controller.signal.aborted)
          failure(file.name, 'Cancelled: nothing was loaded from this file.');
        else if (error instanceof IngestError) failure(file.name, error.message);
        else
          failure(
            file.name,
            `The load failed: ${error instanceof Error ? error.message : String(error)}`,
          );
      }
    }
    abort.current = null;
    setOutcomes(done);
    setStatus([summarise(done), ...notes].join(' '));
    setState({ phase: 'idle' });
    onLoaded(saved);
  }, [db, onLoaded, state]);

  const cancel = useCallback(() => {
    if (abort.current) {
      abort.current.abort();
      return;
    }
    if (state.phase === 'previewing') {
      for (const { inspection } of state.pending) void inspection.discard();
      setState({ phase: 'idle' });
      setStatus('Nothing was loaded.');
    }
  }, [state]);

  return { state, outcomes, status, choose, update, setKind, load, cancel };
}
