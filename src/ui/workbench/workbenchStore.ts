/** A query as it was run: what the history lists. */
export interface HistoryEntry {
  readonly sql: string;
  /** ISO time of the run. */
  readonly ranAt: string;
  /** Rows of the result; null when it failed or was cancelled. */
  readonly rows: number | null;
  readonly ms: number;
  readonly error: string | null;
}

export interface SavedQuery {
  readonly name: string;
  readonly sql: string;
  readonly savedAt: string;
}

const KEYS = {
  draft: 'driftwatch.workbench.draft',
  history: 'driftwatch.workbench.history',
  saved: 'driftwatch.workbench.saved',
} as const;
const MAX_HISTORY = 100;

/** localStorage may be missing, full or hold something else: the workbench works without it. */
function read<T>(key: string, valid: (value: unknown) => value is T, fallback: T): T {
  try {
    const text = window.localStorage.getItem(key);
    if (text === null) return fallback;
    const value: unknown = JSON.parse(text);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Whether it was kept; a full or refused storage is not an error worth stopping for. */
function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isHistory = (v: unknown): v is HistoryEntry[] =>
  Array.isArray(v) && v.every((e) => isRecord(e) && isString(e.sql) && isString(e.ranAt));
const isSaved = (v: unknown): v is SavedQuery[] =>
  Array.isArray(v) && v.every((e) => isRecord(e) && isString(e.name) && isString(e.sql));

export const loadDraft = () => read(KEYS.draft, isString, '');
export const saveDraft = (sql: string) => write(KEYS.draft, sql);

export const loadHistory = () => read(KEYS.history, isHistory, []);

/** Adds a run to the top of the history; running the same text again moves it up. */
export function recordRun(entry: HistoryEntry): HistoryEntry[] {
  const history = [entry, ...loadHistory().filter((e) => e.sql !== entry.sql)].slice(
    0,
    MAX_HISTORY,
  );
  write(KEYS.history, history);
  return history;
}

export function clearHistory(): HistoryEntry[] {
  write(KEYS.history, []);
  return [];
}

export const loadSaved = () =>
  read(KEYS.saved, isSaved, []).sort((a, b) => a.name.localeCompare(b.name));

/** Saves a query under a name, replacing one of the same name. */
export function saveQuery(name: string, sql: string): { saved: SavedQuery[]; kept: boolean } {
  const saved = [
    ...loadSaved().filter((q) => q.name !== name),
    { name, sql, savedAt: new Date().toISOString() },
  ].sort((a, b) => a.name.localeCompare(b.name));
  return { saved, kept: write(KEYS.saved, saved) };
}

export function deleteSaved(name: string): SavedQuery[] {
  const saved = loadSaved().filter((q) => q.name !== name);
  write(KEYS.saved, saved);
  return saved;
}
