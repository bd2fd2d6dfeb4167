/**
 * The code that reads, checks and loads a file (PapaParse and the ingest pipeline): fetched when
 * a person first reaches for a file, or when files saved on an earlier visit are loaded again,
 * rather than with the page.
 */
export function readingCode() {
  return import('./readingEntry');
}
