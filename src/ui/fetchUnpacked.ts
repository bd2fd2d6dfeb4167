import { fetchBlob } from './fetchBlob';

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A file of our own site that is shipped gzipped. A host that sends it with
 * `Content-Encoding: gzip` has already unpacked it.
 */
export async function fetchUnpacked(url: string, fileName: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await (await fetchBlob(url, fileName)).arrayBuffer());
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
