import { DatabaseStartError } from './startError';

/**
 * Asks for the engine's wasm file's headers before starting. When the file is missing, the
 * duckdb-wasm worker fails with an unhandled rejection and `instantiate()` never settles; a
 * static host's HTML fallback page would fail the same way, later and more obscurely.
 */
export async function preflightWasm(url: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'HEAD' });
  } catch (error) {
    throw new DatabaseStartError('wasm', fileName, error);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    throw new DatabaseStartError(
      'wasm',
      fileName,
      new Error(`the server answered ${response.status}`),
    );
  }
  if (type.startsWith('text/html')) {
    throw new DatabaseStartError('wasm', fileName, new Error('the server sent a web page instead'));
  }
}
