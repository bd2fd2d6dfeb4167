import type { SourceSummary } from '../queries/sourcesOf';

/** The source line under a chart: every publisher drawn, and a plain warning for sample rows. */
export function SourceLine({ sources }: { readonly sources: SourceSummary }) {
  const parts = [...sources.publishers];
  return (
    <p className="source-line">
      {parts.length > 0 && <>Sources: {parts.join('; ')}. </>}
      {sources.illustrative && (
        <strong className="illustrative">
          {parts.length > 0 ? 'Other values are' : 'All values are'} illustrative sample data, not
          published observations.
        </strong>
      )}
    </p>
  );
}
