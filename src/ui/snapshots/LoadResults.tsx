import { download } from '../download';
import type { LoadOutcome } from './summarise';

const SHOWN = 100;

/** Per file of the last load: its warnings and the rows it refused, downloadable as CSV. */
export function LoadResults({ outcomes }: { readonly outcomes: readonly LoadOutcome[] }) {
  const withDetail = outcomes.filter(
    ({ report }) => report.rejected > 0 || report.warnings.length > 0,
  );
  if (withDetail.length === 0) return null;
  return (
    <div className="load-results">
      {withDetail.map(({ report }) => (
        <section key={report.file} aria-label={`Load report for ${report.file}`}>
          <h3>{report.file}</h3>
          {report.warnings.length > 0 && (
            <ul className="warnings">
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {report.rejected > 0 && (
            <>
              <p>
                {report.rejected.toLocaleString('en-US')} rows were refused
                {report.rejected > SHOWN ? ` (the first ${SHOWN} are listed)` : ''}.{' '}
                <button
                  type="button"
                  onClick={async () => {
                    // PapaParse, which writes it, loads when first needed.
                    const { rejectsCsv } = await import('../../export/rejectsCsv');
                    download(
                      `${report.file.replace(/\.[^.]*$/, '')}-rejected.csv`,
                      rejectsCsv(report.file, report.rejects),
                      'text/csv',
                    );
                  }}
                >
                  Download rejected rows
                </button>
              </p>
              <div className="table-scroll">
                <table aria-label={`Rejected rows of ${report.file}`}>
                  <thead>
                    <tr>
                      <th scope="col" className="number">
                        Line
                      </th>
                      <th scope="col">Column</th>
                      <th scope="col">Value</th>
                      <th scope="col">Reason</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejects.slice(0, SHOWN).map((r) => (
                      <tr key={`${r.line}-${r.column}`}>
                        <td className="number">{r.line}</td>
                        <td>{r.column ?? '(row)'}</td>
                        <td>{r.value ?? ''}</td>
                        <td>{r.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
