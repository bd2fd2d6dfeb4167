import { useState } from 'react';
import { applyTheme, savedTheme, type Theme } from './theme';

const LABELS: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

/** Light, dark, or as the system says. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState(savedTheme);
  return (
    <label className="theme-switch">
      Theme
      <select
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          applyTheme(next);
          setTheme(next);
        }}
      >
        {(Object.keys(LABELS) as Theme[]).map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
