/**
 * Writes the ink colour wherever the chart says `currentColor` (fill, stroke, color, stop-color,
 * style, ...): a standalone file has no page around it to inherit a colour from.
 */
export function inlineInk(root: Element, ink: string): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      if (/currentcolor/i.test(attribute.value)) {
        attribute.value = attribute.value.replace(/currentcolor/gi, ink);
      }
    }
  }
}
