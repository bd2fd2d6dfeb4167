import { useState } from 'react';
import {
  clearHistory,
  deleteSaved,
  loadHistory,
  loadSaved,
  recordRun,
  saveQuery,
  type HistoryEntry,
  type SavedQuery,
} from './workbenchStore';

/** The history of runs and the saved queries, as React state over their storage. */
export function useQueryLibrary() {
  const [history, setHistory] = useState<HistoryEntry[]>(loadHistory);
  const [saved, setSaved] = useState<SavedQuery[]>(loadSaved);
  return {
    history,
    saved,
    record: (entry: HistoryEntry) => setHistory(recordRun(entry)),
    clearHistory: () => setHistory(clearHistory()),
    save: (name: string, sql: string) => {
      const { saved: all, kept } = saveQuery(name, sql);
      setSaved(all);
      return kept;
    },
    remove: (name: string) => setSaved(deleteSaved(name)),
  };
}
