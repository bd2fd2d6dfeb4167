import { scaleUtc, type ScaleTime } from 'd3';

/** The plot area and time scale a time chart wrote on its root (`data-plot-*`, `data-from/to`). */
export interface TimeFrame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly x: ScaleTime<number, number>;
}

const DAY = 86_400_000;

export function timeFrameOf(svg: SVGSVGElement): TimeFrame | null {
  const number = (name: string) => Number(svg.dataset[name]);
  const [left, right, top, bottom] = ['plotLeft', 'plotRight', 'plotTop', 'plotBottom'].map(number);
  const from = Date.parse(`${svg.dataset.from}T00:00:00Z`);
  const to = Date.parse(`${svg.dataset.to}T00:00:00Z`);
  if ([left, right, top, bottom, from, to].some((v) => v === undefined || !Number.isFinite(v))) {
    return null;
  }
  const x = scaleUtc().domain([from, to]).range([left!, right!]);
  return { left: left!, right: right!, top: top!, bottom: bottom!, x };
}

/** The UTC day under an x position of the plot, clamped to the frame's days. */
export function dayAt(frame: TimeFrame, px: number): Date {
  const [first, last] = frame.x.domain().map(Number) as [number, number];
  const at = frame.x.invert(px).getTime();
  const day = Math.round(at / DAY) * DAY;
  return new Date(Math.min(last, Math.max(first, day)));
}
