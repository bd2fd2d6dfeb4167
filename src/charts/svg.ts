export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element in the given document (the page's, or jsdom's in tests). */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** Adds text as a text node: data never becomes markup. */
export function svgText(
  document: Document,
  text: string,
  attributes: Record<string, string | number> = {},
): SVGTextElement {
  const element = svgElement(document, 'text', attributes);
  element.textContent = text;
  return element;
}
