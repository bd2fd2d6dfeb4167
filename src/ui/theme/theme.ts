export type Theme = 'system' | 'light' | 'dark';

const KEY = 'driftwatch-theme';

/** The reader's choice, kept in this browser: a preference, not part of a shared view. */
export function savedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this visit.
  }
}
