import { ILLUSTRATIVE, sourceOfMeasure, type Measure } from '../domain/provenance';

export interface SourceSummary {
  /** Publishers of the published observations drawn, in order of first appearance. */
  readonly publishers: readonly string[];
  /** Whether any drawn value is illustrative rather than published. */
  readonly illustrative: boolean;
}

/** What a chart's source line must say about the values it draws from these rows. */
export function sourcesOf(
  rows: readonly { readonly source: string | null }[],
  measure: Measure,
): SourceSummary {
  const publishers = new Set<string>();
  let illustrative = false;
  for (const row of rows) {
    if (row.source == null) continue;
    const source = sourceOfMeasure(row.source, measure);
    if (source === ILLUSTRATIVE) illustrative = true;
    else publishers.add(source);
  }
  return { publishers: [...publishers], illustrative };
}

/** What a figure drawn from several measures must say: every publisher, once, in order. */
export function mergeSources(...summaries: readonly SourceSummary[]): SourceSummary {
  return {
    publishers: [...new Set(summaries.flatMap((s) => s.publishers))],
    illustrative: summaries.some((s) => s.illustrative),
  };
}
