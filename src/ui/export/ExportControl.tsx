import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Database } from '../../db/database';
import { decodeExport, DEFAULT_EXPORT } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';

// The dialog and what it exports with (PNG, the bundle's zip) load when it is first opened.
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((module) => ({ default: module.ExportDialog })),
);

interface ExportControlProps {
  /** The figure's id, as export links name it. */
  readonly id: string;
  /** What to export; null while there is nothing drawn. */
  readonly chart: ChartExport | null;
  /**
   * Or how to make it, when that costs reads the figure itself does not need (its sources):
   * run when the dialog is opened, not whenever the view changes.
   */
  readonly prepare?: (() => Promise<ChartExport>) | null;
  readonly db: Database;
  readonly filters: Readonly<Record<string, unknown>>;
}

/** Whether the page's URL opens this figure's export dialog. */
function openedByLink(id: string): boolean {
  return decodeExport(window.location.search).settings?.chart === id;
}

/** The export settings of the page's URL for this figure, or the defaults. */
function linkedSettings(id: string) {
  const { settings, notices } = decodeExport(window.location.search);
  return settings?.chart === id
    ? { initial: settings, notices }
    : { initial: { ...DEFAULT_EXPORT, chart: id }, notices: [] };
}

/** A figure's Export button and the dialog it opens (also opened by an export link). */
export function ExportControl({ id, chart, prepare, db, filters }: ExportControlProps) {
  const [open, setOpen] = useState(() => openedByLink(id));
  const [prepared, setPrepared] = useState<ChartExport | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const shown = chart ?? prepared;
  useEffect(() => {
    if (!open || chart || !prepare) return;
    let current = true;
    void prepare().then((made) => current && setPrepared(made));
    return () => {
      current = false;
    };
  }, [open, chart, prepare]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="export-button"
        disabled={!chart && !prepare}
        aria-haspopup="dialog"
        aria-busy={open && !shown}
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      {open && shown && (
        <Suspense fallback={null}>
          <ExportDialog
            chart={shown}
            db={db}
            filters={filters}
            {...linkedSettings(id)}
            onClose={() => {
              setOpen(false);
              setPrepared(null);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
