import { normaliseSvg } from '../helpers/normaliseSvg';

/** A UTC midnight in January 2025 (days past 31 roll into February). */
export const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** The days from `from` on, one per value. */
export const days = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => day(from + i));

export const events = [
  { date: day(13), label: 'RedNote becomes the top free app on the US App Store' },
  { date: day(14), label: 'More than 700,000 new RedNote users in two days' },
  { date: day(18), label: 'TikTok goes dark in the US and leaves the Apple and Google stores' },
];

export const snapshotOf = (svg: SVGSVGElement) => normaliseSvg(svg.outerHTML);

/** The y of the gridline labelled `label` on the value axis. */
export function tickY(root: Element, label: string): number {
  const tick = [...root.querySelectorAll('.axis-y .tick')].find((t) => t.textContent === label);
  return Number(/translate\(0,(-?[\d.]+)\)/.exec(tick?.getAttribute('transform') ?? '')?.[1]);
}

/** The x of the tick labelled `label` on the time axis. */
export function timeTickX(svg: SVGSVGElement, label: string): number {
  const tick = [...svg.querySelectorAll('.axis-x .tick')].find((t) => t.textContent === label);
  return Number(/translate\((-?[\d.]+),0\)/.exec(tick?.getAttribute('transform') ?? '')?.[1]);
}

/** The points of a path's M and L commands, and how many subpaths it has. */
export function pathPoints(d: string | null | undefined) {
  const points = [...(d ?? '').matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({
    command: m[1]!,
    x: Number(m[2]),
    y: Number(m[3]),
  }));
  return { points, subpaths: points.filter((p) => p.command === 'M').length };
}
