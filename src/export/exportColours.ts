export type ExportTheme = 'light' | 'dark' | 'transparent';

export interface ExportColours {
  /** The page behind the chart; null: none, for placing over a layout's own background. */
  readonly background: string | null;
  /** Text and the strokes charts draw in `currentColor`. */
  readonly ink: string;
  /** Secondary text: notes, source, byline. */
  readonly muted: string;
}

// The app's own --bg, --fg and --muted (src/ui/app.css), so an export looks like the page.
const COLOURS: Record<ExportTheme, ExportColours> = {
  light: { background: '#ffffff', ink: '#1b1f24', muted: '#57606a' },
  dark: { background: '#0d1117', ink: '#e6edf3', muted: '#9198a1' },
  transparent: { background: null, ink: '#1b1f24', muted: '#57606a' },
};

/** The colours of an export in a theme. A transparent export is inked for a light page. */
export function exportColours(theme: ExportTheme): ExportColours {
  return COLOURS[theme];
}
