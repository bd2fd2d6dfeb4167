import { clear, createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { LoadOptions } from '../../ingest/loadInspection';

/** What is kept of a loaded file: the file itself and the choices it was loaded with. */
export interface SavedFile {
  readonly name: string;
  readonly file: Blob;
  readonly options: Pick<LoadOptions, 'kind' | 'dateOrder' | 'values' | 'wideValues' | 'source'>;
}

export class StorageFullError extends Error {}

let store: UseStore | null = null;
const files = () => (store ??= createStore('driftwatch', 'loaded-files'));

/**
 * Loaded files are kept in IndexedDB, as files, and loaded again at start: a file is saved only
 * after its load committed, so a reload in the middle of a load finds the data as it was.
 */
export async function saveFile(saved: SavedFile): Promise<number> {
  const key = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  try {
    await set(key, saved, files());
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      throw new StorageFullError(
        `The browser's storage is full: ${saved.name} is loaded for now but will be gone after a reload.`,
      );
    }
    throw error;
  }
  return key;
}

export async function savedFiles(): Promise<[number, SavedFile][]> {
  const all = await entries<number, SavedFile>(files());
  return all.sort(([a], [b]) => a - b);
}

export async function updateSavedFile(key: number, saved: SavedFile): Promise<void> {
  await set(key, saved, files());
}

export async function forgetFile(key: number): Promise<void> {
  await del(key, files());
}

export async function forgetAllFiles(): Promise<void> {
  await clear(files());
}
