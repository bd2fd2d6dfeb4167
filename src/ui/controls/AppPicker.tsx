import { appColor } from '../../charts/appColors';
import type { ControlOptions } from './controlOptions';

interface AppPickerProps {
  readonly apps: ControlOptions['apps'];
  readonly selected: readonly string[];
  readonly onChange: (apps: string[]) => void;
}

/** The apps to compare, as checkboxes in their identity colours; at least one stays selected. */
export function AppPicker({ apps, selected, onChange }: AppPickerProps) {
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((a) => a !== id);
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="control app-picker">
      <legend>Apps</legend>
      {apps.map(({ id, label }) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={selected.includes(id)}
            disabled={selected.length === 1 && selected[0] === id}
            onChange={(e) => toggle(id, e.target.checked)}
          />
          <span className="swatch" style={{ background: appColor(id) }} aria-hidden="true" />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
