/**
 * Starts duckdb-wasm's worker script from a small worker of our own that hides TransformStream
 * first. With it, duckdb-wasm counts the wasm's bytes through a stream of its own and compiles
 * a Response it made, which has no URL: the browser then keeps no compiled code, and every visit
 * compiles the 34 MB engine again. Without it, duckdb-wasm compiles `fetch(url)` itself, which
 * the browser's code cache serves on the next visit (issue 7: warm start).
 */
export function engineWorker(workerUrl: string): Worker {
  const source = `self.TransformStream = undefined;\nimportScripts(${JSON.stringify(workerUrl)});\n`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  // Once the worker speaks (or fails), its script is loaded and the address is not needed.
  const revoke = () => URL.revokeObjectURL(url);
  worker.addEventListener('message', revoke, { once: true });
  worker.addEventListener('error', revoke, { once: true });
  return worker;
}
