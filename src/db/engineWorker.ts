/**
 * DuckDB's worker, started so that the browser can keep the compiled engine between visits.
 *
 * Where `TransformStream` exists, duckdb-wasm pipes the wasm through one to count the bytes, and
 * compiles a `Response` made from that stream: a response without a URL, so Chromium compiles the
 * 34 MB engine afresh on every visit. Without it the worker compiles straight from `fetch`, and a
 * returning visit reads the compiled code from the browser's cache (`wasm.Deserialize` in a
 * trace, in place of ~350 ms of lazy compilation). We do not show that byte count.
 *
 * The worker runs from a blob, so every URL handed to it must be absolute.
 */
export function startEngineWorker(workerUrl: string): { worker: Worker; release: () => void } {
  const script = `self.TransformStream = undefined;\nimportScripts(${JSON.stringify(workerUrl)});\n`;
  const blobUrl = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  return { worker: new Worker(blobUrl), release: () => URL.revokeObjectURL(blobUrl) };
}
