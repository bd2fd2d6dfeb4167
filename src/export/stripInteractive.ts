/** Layers the page adds for hover and brushing (src/charts/interaction/, timeFrame's crosshair). */
const INTERACTIVE_LAYERS = 'g.crosshair, g.brush, g.range-shade';

/** Declarations of a `style` attribute other than the cursor's; null when none is left. */
function withoutCursor(style: string): string | null {
  const kept = style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^cursor\s*:/i.test(d));
  return kept.length ? kept.join('; ') : null;
}

/**
 * Removes what only makes sense on the page: the crosshair, brush and range-shade layers, and
 * `pointer-events` and `cursor` settings. What the chart shows, and its aria attributes, stay.
 */
export function stripInteractive(root: Element): void {
  for (const layer of root.querySelectorAll(INTERACTIVE_LAYERS)) layer.remove();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    element.removeAttribute('pointer-events');
    element.removeAttribute('cursor');
    const style = element.getAttribute('style');
    if (style === null) continue;
    const kept = withoutCursor(style);
    if (kept) element.setAttribute('style', kept);
    else element.removeAttribute('style');
  }
}
