import { useRef, useState } from 'react';
import type { Database } from '../../db/database';
import { decodeExport, DEFAULT_EXPORT } from '../../state/exportSettings';
import type { ChartExport } from './chartExport';
import { ExportDialog } from './ExportDialog';

interface ExportControlProps {
  /** The figure's id, as export links name it. */
  readonly id: string;
  /** What to export; null while there is nothing drawn. */
  readonly chart: ChartExport | null;
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
export function ExportControl({ id, chart, db, filters }: ExportControlProps) {
  const [open, setOpen] = useState(() => openedByLink(id));
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="export-button"
        disabled={!chart}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      {open && chart && (
        <ExportDialog
          chart={chart}
          db={db}
          filters={filters}
          {...linkedSettings(id)}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
