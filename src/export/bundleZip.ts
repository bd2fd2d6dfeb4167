import { strToU8, zipSync, type Zippable } from 'fflate';

export interface BundleFile {
  /** A relative path inside the zip, `/` between folders: `data/rank-history.csv`. */
  readonly name: string;
  /** Bytes, or text written as UTF-8. */
  readonly data: Uint8Array | string;
}

/**
 * Every entry's modification time. Zip stores local date and time fields, so a Date built from
 * local fields writes the same bytes in every time zone: the same files give the same zip.
 */
const MTIME = new Date(2025, 0, 1, 0, 0, 0);

/**
 * A name a careless unzip could write outside its folder, or that is not a file's name; and
 * `__proto__`, which fflate's own name table (a plain object) would take as its prototype.
 */
function unsafeName(name: string): boolean {
  return (
    !name ||
    name === '__proto__' ||
    name.startsWith('/') ||
    name.endsWith('/') ||
    /\\|^[a-z]:/i.test(name) ||
    name.split('/').some((part) => part === '' || part === '.' || part === '..')
  );
}

/** The files as one zip, deflated, deterministic. Throws on an unsafe or repeated name. */
export function bundleZip(files: readonly BundleFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const { name, data } of files) {
    if (unsafeName(name))
      throw new Error(`Not a safe file name for a zip: ${JSON.stringify(name)}`);
    if (Object.hasOwn(entries, name)) throw new Error(`Two files named ${name} in one zip`);
    entries[name] = [typeof data === 'string' ? strToU8(data) : data, { mtime: MTIME }];
  }
  return zipSync(entries, { level: 6, mtime: MTIME });
}
