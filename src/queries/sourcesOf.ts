export interface SourceSummary {
  /** Publishers of the published observations drawn, in order of first appearance. */
  readonly publishers: readonly string[];
  /** Whether any drawn row is illustrative rather than published. */
  readonly illustrative: boolean;
}

/** What a chart's source line must say about the rows it draws. */
export function sourcesOf(rows: readonly { readonly source: string | null }[]): SourceSummary {
  const publishers = new Set<string>();
  let illustrative = false;
  for (const { source } of rows) {
    if (source == null) continue;
    if (source === 'illustrative') illustrative = true;
    else publishers.add(source);
  }
  return { publishers: [...publishers], illustrative };
}
