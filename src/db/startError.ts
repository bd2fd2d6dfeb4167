export type StartFailure = 'worker' | 'wasm';

const WHAT: Record<StartFailure, string> = {
  worker: 'The database worker script could not be loaded',
  wasm: 'The database engine could not be downloaded or started',
};

/** Why DuckDB did not start, in words a reader understands, naming the missing file. */
export class DatabaseStartError extends Error {
  readonly failure: StartFailure;
  readonly file: string;

  constructor(failure: StartFailure, file: string, cause?: unknown) {
    const detail = cause instanceof Error ? ` (${cause.message})` : '';
    super(`${WHAT[failure]}: ${file}${detail}.`, { cause });
    this.name = 'DatabaseStartError';
    this.failure = failure;
    this.file = file;
  }
}
