import { dayNumber } from './calendar';

/** Points of a daily curve, sorted by day. Between points the curve is interpolated. */
export type Keyframes = ReadonlyArray<readonly [day: string, value: number]>;

/**
 * Interpolates linearly in log space (so a rank going 400 -> 4 passes 40 half way, as charts do),
 * holding the first and last values outside the keyframes.
 */
export function logInterpolate(keyframes: Keyframes, day: string): number {
  const x = dayNumber(day);
  const points = keyframes.map(([d, value]) => [dayNumber(d), Math.log(value)] as const);
  return Math.exp(piecewiseLinear(points, x));
}

function piecewiseLinear(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) throw new Error('a curve needs keyframes');
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i += 1) {
    const left = points[i - 1];
    const right = points[i];
    if (left !== undefined && right !== undefined && x <= right[0]) {
      return left[1] + ((right[1] - left[1]) * (x - left[0])) / (right[0] - left[0]);
    }
  }
  return last[1];
}

/**
 * Monotone cubic (Fritsch-Carlson) interpolation: smooth, and never overshoots, so cumulative
 * counts drawn through non-decreasing anchors never decrease.
 */
export function monotoneInterpolate(
  points: ReadonlyArray<readonly [number, number]>,
  x: number,
): number {
  const xs = points.map(([px]) => px);
  const ys = points.map(([, py]) => py);
  const n = xs.length;
  if (n < 2) throw new Error('monotone interpolation needs two points');
  const at = (values: number[], i: number): number => values[i] ?? Number.NaN;
  if (x <= at(xs, 0)) return at(ys, 0);
  if (x >= at(xs, n - 1)) return at(ys, n - 1);

  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i += 1) {
    slopes.push((at(ys, i + 1) - at(ys, i)) / (at(xs, i + 1) - at(xs, i)));
  }
  const tangents: number[] = [at(slopes, 0)];
  for (let i = 1; i < n - 1; i += 1) {
    const before = at(slopes, i - 1);
    const after = at(slopes, i);
    tangents.push(before * after <= 0 ? 0 : (before + after) / 2);
  }
  tangents.push(at(slopes, n - 2));
  for (let i = 0; i < n - 1; i += 1) {
    const slope = at(slopes, i);
    if (slope === 0) {
      tangents[i] = 0;
      tangents[i + 1] = 0;
      continue;
    }
    const a = at(tangents, i) / slope;
    const b = at(tangents, i + 1) / slope;
    const magnitude = a * a + b * b;
    if (magnitude > 9) {
      const tau = 3 / Math.sqrt(magnitude);
      tangents[i] = tau * a * slope;
      tangents[i + 1] = tau * b * slope;
    }
  }

  let i = 0;
  while (x > at(xs, i + 1)) i += 1;
  const h = at(xs, i + 1) - at(xs, i);
  const t = (x - at(xs, i)) / h;
  const t2 = t * t;
  const t3 = t2 * t;
  return (
    (2 * t3 - 3 * t2 + 1) * at(ys, i) +
    (t3 - 2 * t2 + t) * h * at(tangents, i) +
    (-2 * t3 + 3 * t2) * at(ys, i + 1) +
    (t3 - t2) * h * at(tangents, i + 1)
  );
}

/**
 * Splits an integer total in proportion to weights so the parts are integers summing exactly to
 * the total (largest remainder; ties go to the earlier weight).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((sum, p) => sum + p, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    missing -= 1;
  }
  return parts;
}
