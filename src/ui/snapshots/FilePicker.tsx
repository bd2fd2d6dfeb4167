import { useEffect, useId, useState } from 'react';

interface FilePickerProps {
  readonly disabled: boolean;
  readonly onFiles: (files: File[]) => void;
  /** Files may be about to come: the pointer or focus is on the picker, or files are dragged in. */
  readonly onIntent: () => void;
}

/** The file input, and a drop target over the whole page while files are dragged in. */
export function FilePicker({ disabled, onFiles, onIntent }: FilePickerProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      onIntent();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0 && !disabled) onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [disabled, onFiles, onIntent]);

  return (
    <div className="file-picker" onPointerEnter={onIntent} onFocus={onIntent}>
      <label htmlFor={id}>Load CSV snapshots</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        disabled={disabled}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <span className="hint">or drop files anywhere on the page</span>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop CSV files to load them
        </div>
      )}
    </div>
  );
}
