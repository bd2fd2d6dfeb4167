/** A file that cannot be used at all: one clear message, and nothing is loaded. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
