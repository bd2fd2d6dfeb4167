import { useState } from 'react';
import type { Database } from '../../db/database';
import { bundleZip } from '../../export/bundleZip';
import { exportFileName } from '../../export/exportFileName';
import { layoutSize, type ExportSize } from '../../export/exportSizes';
import { svgToPng } from '../../export/svgToPng';
import { snapshotsOfTablesQuery, type SnapshotUsedRow } from '../../queries/snapshotsOfTables';
import type { ExportSettings } from '../../state/exportSettings';
import { download } from '../download';
import type { ChartExport } from './chartExport';
import { canCopyImage, copyPng, copyText } from './clipboard';
import type { ExportTexts } from '../../export/standaloneSvg';
import { reproBundle } from './reproBundle';

interface ExportActionsProps {
  readonly chart: ChartExport;
  readonly db: Database;
  readonly filters: Readonly<Record<string, unknown>>;
  readonly settings: ExportSettings;
  /** Whether the form has changed since the SVG was drawn: the files wait for the new one. */
  readonly stale: boolean;
  readonly size: ExportSize;
  readonly svg: string;
  readonly texts: ExportTexts;
}

/** The files of an export and the copies: each a button, each saying what it did. */
export function ExportActions(props: ExportActionsProps) {
  const { chart, db, filters, settings, stale, size, svg, texts } = props;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const name = (extension: string) => exportFileName(texts.title, new Date(), extension);
  const pngScale = settings.pngScale;
  const png = () => {
    const layout = layoutSize(size);
    return svgToPng(svg, layout.width, layout.height, size.scale * pngScale);
  };
  const pngSize = `${size.width * pngScale} × ${size.height * pngScale} px`;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const saved = (file: string, what = '') => `Downloaded ${file}${what}.`;

  const actions: readonly [string, () => Promise<string>, boolean?][] = [
    [
      'Download SVG',
      async () => {
        download(name('svg'), svg, 'image/svg+xml');
        return saved(name('svg'));
      },
    ],
    [
      'Download PNG',
      async () => {
        download(name('png'), await png());
        return saved(name('png'), ` (${pngSize})`);
      },
    ],
    [
      'Download CSV',
      async () => {
        download(name('csv'), await chart.csv(), 'text/csv');
        return saved(name('csv'));
      },
    ],
    [
      'Download bundle (.zip)',
      async () => {
        const [image, snapshots, csv] = await Promise.all([
          png(),
          db.query<SnapshotUsedRow>(snapshotsOfTablesQuery(chart.tables)),
          chart.csv(),
        ]);
        const files = reproBundle({
          baseName: name(''),
          svg,
          png: new Uint8Array(await image.arrayBuffer()),
          csv,
          alt: texts.alt,
          queries: chart.queries,
          filters,
          settings,
          permalink: window.location.href,
          snapshots,
        });
        const zip = bundleZip(files);
        download(name('zip'), new Blob([zip as BlobPart], { type: 'application/zip' }));
        return saved(name('zip'), ` (${files.length} files)`);
      },
    ],
    [
      'Copy image',
      async () =>
        (await copyPng(png()))
          ? `Copied the image (${pngSize}).`
          : 'This browser did not allow copying the image; download the PNG instead.',
      !canCopyImage(),
    ],
    [
      'Copy alt text',
      async () =>
        (await copyText(texts.alt))
          ? 'Copied the alt text.'
          : 'This browser did not allow copying; select the alt text and copy it.',
    ],
    [
      'Copy link',
      async () =>
        (await copyText(window.location.href))
          ? 'Copied a link to this view and these export settings.'
          : `This browser did not allow copying. The link: ${window.location.href}`,
    ],
  ];

  return (
    <div className="export-actions">
      <div className="export-buttons">
        {actions.map(([label, work, disabled]) => (
          <button
            key={label}
            type="button"
            disabled={busy || stale || disabled}
            title={disabled ? 'This browser does not let a page copy images.' : undefined}
            onClick={() => void run(work)}
          >
            {label}
          </button>
        ))}
      </div>
      <p role="status" aria-label="Export status" className="export-status">
        {status}
      </p>
    </div>
  );
}
