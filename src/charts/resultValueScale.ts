import { extent, format, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { siFormat } from './siFormat';

export interface ValueAxis {
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly ticks: number[];
}

const fraction = format('.3~g');

/**
 * SI prefixes for counts (12k, 1.2M), but plain decimals below one: a share of 0.5 would read
 * "500m" in SI, which looks like metres.
 */
export function valueTickFormat(value: number): string {
  if (Math.abs(value) >= 1 || value === 0) return siFormat(value);
  const text = fraction(value);
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : text;
}

/** From 0 when no value is negative; otherwise the values' extent, widened to 0 if it is one value. */
function linearDomain(values: readonly number[]): [number, number] {
  const [lo = 0, hi = 0] = extent(values);
  if (lo >= 0) return [0, hi > 0 ? hi : 1];
  return lo === hi ? [lo, 0] : [lo, hi];
}

/** Log ticks at 1, 2 and 5 of each decade while they fit, else at each decade only. */
function logTicks(y: ScaleContinuousNumeric<number, number>, count: number): number[] {
  const ticks = y.ticks(count);
  const lead = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  const fine = ticks.filter((t) => [1, 2, 5].includes(lead(t)));
  return fine.length <= count ? fine : ticks.filter((t) => lead(t) === 1);
}

/**
 * The value scale of a result's lines, from `bottom` up to `top`, and its gridlines. On a log
 * scale only positive values count: the lines break where the others are.
 */
export function resultValueScale(
  scale: 'linear' | 'log',
  values: readonly number[],
  top: number,
  bottom: number,
): ValueAxis {
  const count = Math.max(2, Math.floor((bottom - top) / 50));
  if (scale === 'linear') {
    const y = scaleLinear().domain(linearDomain(values)).range([bottom, top]).nice(count);
    return { y, ticks: y.ticks(count) };
  }
  const [min = 1, max = 1] = extent(values.filter((v) => v > 0));
  const floor = 10 ** Math.floor(Math.log10(min));
  const y = scaleLog()
    .domain([floor, Math.max(max, floor * 10)])
    .range([bottom, top])
    .nice();
  return { y, ticks: logTicks(y, Math.max(2, Math.floor((bottom - top) / 45))) };
}
