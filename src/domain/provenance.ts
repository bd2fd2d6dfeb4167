/** The `source` of a row that nobody published. */
export const ILLUSTRATIVE = 'illustrative';

/** What a chart draws from a row: a ranking's position or download estimate, or a view count. */
export type Measure = 'rank' | 'downloads' | 'views';

// A published position whose downloads were invented reads "Engadget (rank; downloads
// illustrative)" (data/README.md, provenance rule 5).
const RANK_ONLY = /^(.*) \(rank; downloads illustrative\)$/;

/** The source of a row whose rank was published but whose downloads were not. */
export function rankOnlySource(publisher: string): string {
  return `${publisher} (rank; downloads illustrative)`;
}

/** Who stands behind the measure a chart draws from a row: a publisher, or `illustrative`. */
export function sourceOfMeasure(source: string, measure: Measure): string {
  const rankOnly = RANK_ONLY.exec(source);
  if (!rankOnly) return source;
  return measure === 'rank' ? rankOnly[1]! : ILLUSTRATIVE;
}
