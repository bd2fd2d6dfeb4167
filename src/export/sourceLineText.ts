import type { SourceSummary } from '../queries/sourcesOf';

/** The source line as one sentence or two: never silently empty for illustrative data. */
export function sourceLineText({ publishers, illustrative }: SourceSummary): string {
  const parts = publishers.length ? [`Sources: ${publishers.join('; ')}.`] : [];
  if (illustrative) {
    parts.push(
      `${publishers.length ? 'Other values are' : 'All values are'} illustrative sample data, not published observations.`,
    );
  }
  return parts.join(' ');
}
