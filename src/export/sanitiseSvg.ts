import { SVG_NS } from '../charts/svg';

/** The SVG elements a chart may draw with; anything else goes, with what it holds. */
const ALLOWED = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'clipPath',
  'mask',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'marker',
  'symbol',
  'use',
]);

/** Characters XML 1.0 does not allow, lone surrogates included: they make the file invalid. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** CSS functions that fetch something: only `#id`s inside the file may follow them. */
const REFERENCE = /(?:url|src|image|image-set|cross-fade|element)\(\s*(['"]?)\s*([^'")\s]*)/gi;

function safeValue(value: string): boolean {
  if (/@import|javascript:|expression\s*\(/i.test(value)) return false;
  // A CSS escape can spell a function name (u\72l) that the pattern above would miss.
  if (value.includes('(') && value.includes('\\')) return false;
  return [...value.matchAll(REFERENCE)].every((m) => m[2]!.startsWith('#'));
}

const removable = (name: string, localName: string, value: string) =>
  (localName === 'href' && !value.startsWith('#')) ||
  name === 'xml:base' ||
  /^on/i.test(localName) ||
  !safeValue(value);

/** A `style` attribute's declarations as presentation attributes: no CSS in the file. */
function styleToAttributes(element: Element, style: string): void {
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!/^[a-z-]+$/.test(name) || !value || removable(name, name, value)) continue;
    if (name === 'cursor' || name === 'pointer-events') continue;
    element.setAttribute(name, value);
  }
}

function cleanAttributes(element: Element): void {
  for (const attribute of [...element.attributes]) {
    const { name, localName } = attribute;
    const value = attribute.value.replace(NOT_XML, '');
    if (name === 'style') {
      element.removeAttributeNode(attribute);
      styleToAttributes(element, value);
    } else if (removable(name, localName, value)) {
      element.removeAttributeNode(attribute);
    } else if (value !== attribute.value) {
      attribute.value = value;
    }
  }
}

/**
 * Makes a chart safe to stand alone: only drawing elements in the SVG namespace (no script,
 * style, image, foreignObject); no event handlers; links and `url()` only to `#ids` in the file;
 * inline styles turned into attributes; comments removed; text cleared of characters XML forbids.
 * An `<a>` is unwrapped: its drawing stays, the link goes.
 */
export function sanitiseSvg(root: Element): void {
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === child.TEXT_NODE) {
        const text = child.nodeValue ?? '';
        const cleaned = text.replace(NOT_XML, '');
        if (cleaned !== text) child.nodeValue = cleaned;
      } else if (child.nodeType !== child.ELEMENT_NODE) {
        child.remove();
      } else {
        const element = child as Element;
        if (element.namespaceURI === SVG_NS && element.localName === 'a') {
          walk(element);
          element.replaceWith(...element.childNodes);
        } else if (element.namespaceURI !== SVG_NS || !ALLOWED.has(element.localName)) {
          element.remove();
        } else {
          cleanAttributes(element);
          walk(element);
        }
      }
    }
  };
  cleanAttributes(root);
  walk(root);
}
