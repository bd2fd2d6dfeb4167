/** A seeded pseudo-random stream: uniform numbers in [0, 1) and approximate standard normals. */
export interface Random {
  next(): number;
  normal(): number;
}

/** mulberry32: tiny, fast and good enough for illustrative noise. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Irwin-Hall (12 uniforms) avoids Math.log/Math.cos, so the output does not depend on how an
  // engine rounds transcendental functions.
  const normal = (): number => {
    let sum = 0;
    for (let i = 0; i < 12; i += 1) sum += next();
    return sum - 6;
  };
  return { next, normal };
}

/**
 * An independent stream per named series (FNV-1a of the key mixed with the seed), so adding or
 * reordering series never shifts the noise of the others.
 */
export function streamFor(seed: number, key: string): Random {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return createRandom((hash ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
}

/** Autocorrelated noise with unit variance: day-to-day wobble that drifts instead of jumping. */
export function unitAr1Noise(random: Random, length: number, persistence: number): number[] {
  const innovationScale = Math.sqrt(1 - persistence * persistence);
  const values: number[] = [];
  let previous = random.normal();
  for (let i = 0; i < length; i += 1) {
    values.push(previous);
    previous = persistence * previous + innovationScale * random.normal();
  }
  return values;
}
