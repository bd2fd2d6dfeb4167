/** One table of a bundle: its name and its rows as an Arrow IPC stream. */
export interface BundledTable {
  readonly name: string;
  readonly stream: Uint8Array;
}

const MAGIC = 'DWTABLES';
const VERSION = 1;

interface Header {
  readonly version: number;
  readonly tables: readonly { readonly name: string; readonly bytes: number }[];
}

/**
 * Several tables in one file, so the page fetches its bundled data in one request:
 * `DWTABLES`, the header's length (4 bytes, little-endian), the header (JSON: each table's name
 * and length), then each table's Arrow stream in that order.
 */
export function encodeTablesBundle(tables: readonly BundledTable[]): Uint8Array {
  const header: Header = {
    version: VERSION,
    tables: tables.map(({ name, stream }) => ({ name, bytes: stream.length })),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const size =
    MAGIC.length + 4 + headerBytes.length + tables.reduce((n, t) => n + t.stream.length, 0);
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  let at = MAGIC.length + 4;
  out.set(headerBytes, at);
  at += headerBytes.length;
  for (const { stream } of tables) {
    out.set(stream, at);
    at += stream.length;
  }
  return out;
}

/** The tables of a bundle; a file that is not a whole bundle of this version is refused. */
export function decodeTablesBundle(bytes: Uint8Array): BundledTable[] {
  const refuse = (why: string): never => {
    throw new Error(`The bundled tables cannot be read: ${why}.`);
  };
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC)
    refuse('the file is not a Driftwatch tables bundle');
  if (bytes.length < MAGIC.length + 4) refuse('the file is cut short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + headerLength))) as Header;
  } catch {
    return refuse('its header is damaged');
  }
  if (header.version !== VERSION) refuse(`it is of version ${header.version}, not ${VERSION}`);
  at += headerLength;
  const tables = header.tables.map(({ name, bytes: length }) => {
    if (at + length > bytes.length) refuse(`the table ${name} is cut short`);
    const stream = bytes.subarray(at, at + length);
    at += length;
    return { name, stream };
  });
  if (at !== bytes.length) refuse(`${bytes.length - at} bytes follow the last table`);
  return tables;
}
