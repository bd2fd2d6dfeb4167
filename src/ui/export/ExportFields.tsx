import { useId } from 'react';
import { EXPORT_SIZES } from '../../export/exportSizes';
import type { ExportSettings } from '../../state/exportSettings';
import { Segmented } from '../controls/Segmented';
import type { ExportTexts } from '../../export/standaloneSvg';

interface ExportFieldsProps {
  readonly settings: ExportSettings;
  readonly texts: ExportTexts;
  readonly onChange: (patch: Partial<ExportSettings>) => void;
}

const TEXT_FIELDS: readonly [keyof ExportTexts & keyof ExportSettings, string, number][] = [
  ['title', 'Title', 1],
  ['subtitle', 'Subtitle', 2],
  ['notes', 'Notes', 2],
  ['byline', 'Byline', 1],
  ['source', 'Source line', 2],
  ['alt', 'Alt text', 6],
];

/** The export's texts, size and look, as a form. */
export function ExportFields({ settings, texts, onChange }: ExportFieldsProps) {
  const preset = EXPORT_SIZES.find((s) => s.id === settings.size);
  const id = useId();
  return (
    <div className="export-fields">
      {TEXT_FIELDS.map(([field, label, rows]) => (
        <div key={field} className="export-field">
          <label htmlFor={`${id}-${field}`}>{label}</label>
          {rows === 1 ? (
            <input
              id={`${id}-${field}`}
              type="text"
              value={texts[field]}
              onChange={(e) => onChange({ [field]: e.target.value })}
            />
          ) : (
            <textarea
              id={`${id}-${field}`}
              rows={rows}
              value={texts[field]}
              onChange={(e) => onChange({ [field]: e.target.value })}
            />
          )}
        </div>
      ))}
      <div className="export-field">
        <label htmlFor={`${id}-size`}>Size</label>
        <select
          id={`${id}-size`}
          value={settings.size}
          onChange={(e) => onChange({ size: e.target.value })}
        >
          {EXPORT_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      </div>
      {settings.size === 'custom' && (
        <div className="export-pair">
          <NumberField
            label="Width (px)"
            value={settings.width}
            onChange={(width) => onChange({ width })}
          />
          <NumberField
            label="Height (px)"
            value={settings.height}
            onChange={(height) => onChange({ height })}
          />
        </div>
      )}
      {preset?.mm && (
        <NumberField
          label="Height (mm)"
          value={settings.printHeight ?? preset.mm.height}
          onChange={(printHeight) => onChange({ printHeight })}
        />
      )}
      <Segmented
        label="Theme"
        value={settings.theme}
        choices={[
          ['light', 'Light'],
          ['dark', 'Dark'],
          ['transparent', 'Transparent'],
        ]}
        onChange={(theme) => onChange({ theme })}
      />
      <Segmented
        label="Colours"
        value={settings.palette}
        choices={[
          ['identity', 'App colours'],
          ['safe', 'Colour-blind safe'],
        ]}
        onChange={(palette) => onChange({ palette })}
      />
      <Segmented
        label="PNG scale"
        value={String(settings.pngScale) as '1' | '2' | '3'}
        choices={[
          ['1', '1×'],
          ['2', '2×'],
          ['3', '3×'],
        ]}
        onChange={(scale) => onChange({ pngScale: Number(scale) as 1 | 2 | 3 })}
      />
    </div>
  );
}

function NumberField(props: {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="export-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={1}
        value={props.value}
        onChange={(e) => {
          const value = e.target.valueAsNumber;
          if (Number.isFinite(value) && value > 0) props.onChange(value);
        }}
      />
    </div>
  );
}
