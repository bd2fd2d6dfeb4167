import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Database } from '../../db/database';
import { listText } from '../../export/altText/altDates';
import type { ExportField } from '../../export/exportLayout';
import type { ExportSettings } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';
import { ExportActions } from './ExportActions';
import { ExportFields } from './ExportFields';
import { exportSizeOf } from './exportSizeOf';
import { exportTexts } from './exportTexts';
import { exportUrl } from './exportUrl';
import { renderExport } from './renderExport';

interface ExportDialogProps {
  readonly chart: ChartExport;
  readonly db: Database;
  /** The view's filters and range, for the reproducibility bundle. */
  readonly filters: Readonly<Record<string, unknown>>;
  readonly initial: ExportSettings;
  /** Why settings of the link that opened the dialog were ignored. */
  readonly notices: readonly string[];
  readonly onClose: () => void;
}

const FIELD_NAMES: Partial<Record<ExportField, string>> = {
  notes: 'the notes',
  subtitle: 'the subtitle',
  byline: 'the byline',
};

/** Export of one chart for publication: its texts, size and look, a preview and the files. */
export function ExportDialog({ chart, db, filters, initial, notices, onClose }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const [settings, setSettings] = useState(initial);
  // The preview and files follow the form a moment later, so typing never waits for a render.
  const drawn = useDeferredValue(settings);
  const size = exportSizeOf(drawn);
  const texts = exportTexts(chart, drawn);
  const rendered = useMemo(() => {
    try {
      return { ...renderExport(chart, texts, size, drawn, document), error: null };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { svg: null, dropped: [], eventsLeftOut: false, chartCramped: false, error: message };
    }
    // texts and size are derived from chart and drawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chart, drawn]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', exportUrl(window.location, settings));
  }, [settings]);

  useEffect(() => {
    const host = preview.current;
    if (!host || !rendered.svg) return;
    // Parsed as XML, not HTML: the file's own text nodes, no markup from data.
    const parsed = new DOMParser().parseFromString(rendered.svg, 'image/svg+xml');
    host.replaceChildren(document.importNode(parsed.documentElement, true));
  }, [rendered.svg]);

  const close = () => {
    window.history.replaceState(window.history.state, '', exportUrl(window.location, null));
    // Closed before it goes, so the page is no longer inert when the opener takes focus back.
    dialog.current?.close();
    onClose();
  };
  const change = (patch: Partial<ExportSettings>) => setSettings((s) => ({ ...s, ...patch }));
  const titleId = `export-${chart.id}-heading`;

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header className="export-head">
        <h2 id={titleId}>Export: {chart.title}</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </header>
      {notices.length > 0 && (
        <ul className="notices">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div className="export-body">
        <ExportFields settings={settings} texts={exportTexts(chart, settings)} onChange={change} />
        <div className="export-side">
          <p className="muted export-size">
            {size.label}: {size.width} × {size.height} px; PNG {size.width * drawn.pngScale} ×{' '}
            {size.height * drawn.pngScale} px
          </p>
          {!texts.source.trim() && <p className="warning">This export has no source line.</p>}
          {rendered.dropped.length > 0 && (
            <p className="warning">
              Too small to show {listText(rendered.dropped.map((f) => FIELD_NAMES[f] ?? f))}: left
              out. Choose a larger size or shorten the texts.
            </p>
          )}
          {rendered.chartCramped && (
            <p className="warning">
              The chart has too little room at this size and is drawn small: choose a larger size,
              or shorten the title or the source line.
            </p>
          )}
          {rendered.eventsLeftOut && (
            <p className="warning">
              Too small for the event markers and their key: the chart is exported without them.
              Choose a larger size to keep them.
            </p>
          )}
          {rendered.error && (
            <p role="alert" className="error">
              The chart could not be drawn at this size: {rendered.error}
            </p>
          )}
          <div
            ref={preview}
            className={`export-preview export-preview-${drawn.theme}`}
            aria-label="Preview"
            role="region"
          />
          {rendered.svg && (
            <ExportActions
              chart={chart}
              db={db}
              filters={filters}
              settings={drawn}
              stale={drawn !== settings}
              size={size}
              svg={rendered.svg}
              texts={texts}
            />
          )}
        </div>
      </div>
    </dialog>
  );
}
