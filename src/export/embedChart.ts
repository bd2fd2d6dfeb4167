import { svgElement } from '../charts/svg';
import { svgSize, viewBoxOf, type SvgBox } from './svgSize';

/** Attributes of a chart's root that place or name it as a document, not style what it holds. */
const ROOT_ONLY = new RegExp(
  '^(xmlns(:.*)?|width|height|viewBox|x|y|preserveAspectRatio|version|id|style|' +
    // Named by the export's own title; set in one font by the export's root.
    'role|aria-.*|data-.*|font-family)$',
);

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The chart's drawing as a `<g>` in `document`, placed in `box`: translated, and scaled down
 * (uniformly, never up) only if it does not fit. The chart's viewBox maps onto its width and
 * height as a nested svg's would (xMidYMid meet), and a clip path to `clipId` cuts what lies
 * outside its viewport, as a nested svg does. The root's title goes: the export has its own.
 * Returns the group and the clip path, which belongs in the export's `<defs>`.
 */
export function embedChart(
  document: Document,
  chart: SVGSVGElement,
  box: SvgBox,
  clipId: string,
): { group: SVGGElement; clipPath: SVGClipPathElement } {
  const size = svgSize(chart);
  const view = viewBoxOf(chart) ?? { x: 0, y: 0, width: size.width, height: size.height };
  const fit = Math.min(1, box.width / size.width, box.height / size.height);
  const scale = Number.isFinite(fit) && fit > 0 ? fit : 0;
  const k = Math.min(size.width / view.width, size.height / view.height) || 1;
  const tx = (size.width - view.width * k) / 2 - view.x * k;
  const ty = (size.height - view.height * k) / 2 - view.y * k;
  const userScale = round(scale * k);

  const group = svgElement(document, 'g', {
    transform:
      `translate(${round(box.x + scale * tx)},${round(box.y + scale * ty)})` +
      (userScale === 1 ? '' : ` scale(${userScale})`),
    'clip-path': `url(#${clipId})`,
  });
  for (const { name, value } of chart.attributes) {
    if (!ROOT_ONLY.test(name)) group.setAttribute(name, value);
  }
  const imported = document.importNode(chart, true);
  for (const child of [...imported.children]) {
    if (child.localName === 'title' || child.localName === 'desc') child.remove();
  }
  group.append(...imported.childNodes);

  const clipPath = svgElement(document, 'clipPath', { id: clipId });
  clipPath.append(
    svgElement(document, 'rect', {
      x: round(-tx / k),
      y: round(-ty / k),
      width: round(size.width / k),
      height: round(size.height / k),
    }),
  );
  return { group, clipPath };
}
