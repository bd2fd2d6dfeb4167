import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const DATA_FILE = /\.(csv|tsv|txt)$/i;

/** The files named, and the CSV/TSV/TXT files inside the folders named (recursively), sorted. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given);
    if (!info.isDirectory()) {
      files.push(given);
      continue;
    }
    const entries = await readdir(given, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && DATA_FILE.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    files.push(...found);
  }
  return files;
}
