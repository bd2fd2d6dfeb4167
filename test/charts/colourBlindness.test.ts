import { describe, expect, it } from 'vitest';
import { appColor } from '../../src/charts/appColors';
import { seriesStyle } from '../../src/charts/seriesPalette';
import { FOCUS_APPS, KNOWN_APPS } from '../../src/domain/apps';

/*
 * Checks that the chart colours stay apart for colour-blind readers and stand out from the page.
 *
 * Pipeline: sRGB hex → simulated dichromat view (in linear RGB) → CIELAB (D65) → CIEDE2000.
 */

type Vec3 = readonly [number, number, number];
type Mat3 = readonly [Vec3, Vec3, Vec3];

// ── sRGB ──────────────────────────────────────────────────────────────────────────────────────────

function hexToSrgb(hex: string): Vec3 {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(match[1]!, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** sRGB transfer function (IEC 61966-2-1), encoded [0, 1] → linear light [0, 1]. */
const decode = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const encode = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));
const map3 = (v: Vec3, f: (c: number) => number): Vec3 => [f(v[0]), f(v[1]), f(v[2])];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const times = (m: Mat3, v: Vec3): Vec3 => [dot(m[0], v), dot(m[1], v), dot(m[2], v)];

// ── Colour-vision deficiency simulation ───────────────────────────────────────────────────────────

/*
 * Machado, G. M., Oliveira, M. M. & Fernandes, L. A. F. (2009). A Physiologically-based Model for
 * Simulation of Color Vision Deficiency. IEEE Transactions on Visualization and Computer Graphics
 * 15(6), 1291–1298. doi:10.1109/TVCG.2009.113. The published matrices for severity 1.0
 * (dichromacy), which act on linear RGB.
 */
const MACHADO: Readonly<Record<'protan' | 'deutan' | 'tritan', Mat3>> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/*
 * Machado et al. derive their model from shifting a cone's sensitivity, which is well founded for
 * the L and M cones but less so for the S cone; their tritan matrix is the weakest of the three.
 * Tritan checks therefore also run with Brettel, H., Viénot, F. & Mollon, J. D. (1997).
 * Computerized simulation of color appearance for dichromats. JOSA A 14(10), 2647–2655: a
 * projection onto two half-planes anchored at 485 nm and 660 nm, validated against reports of
 * unilateral dichromats. Its tritan form in linear sRGB (two matrices and the normal of the plane
 * between them) as precomputed by libDaltonLens (public domain).
 */
const BRETTEL_TRITAN = {
  normal: [0.03901, -0.02788, -0.01113] as Vec3,
  onPositiveSide: [
    [1.01277, 0.13548, -0.14826],
    [-0.01243, 0.86812, 0.14431],
    [0.07589, 0.805, 0.11911],
  ] as Mat3,
  onNegativeSide: [
    [0.93678, 0.18979, -0.12657],
    [0.06154, 0.81526, 0.1232],
    [-0.37562, 1.12767, 0.24796],
  ] as Mat3,
};

const VISIONS = [
  'normal',
  'protanopia',
  'deuteranopia',
  'tritanopia',
  'tritanopia (Brettel)',
] as const;
type Vision = (typeof VISIONS)[number];

function linearMatrix(vision: Exclude<Vision, 'normal'>, linear: Vec3): Mat3 {
  switch (vision) {
    case 'protanopia':
      return MACHADO.protan;
    case 'deuteranopia':
      return MACHADO.deutan;
    case 'tritanopia':
      return MACHADO.tritan;
    case 'tritanopia (Brettel)':
      return dot(BRETTEL_TRITAN.normal, linear) >= 0
        ? BRETTEL_TRITAN.onPositiveSide
        : BRETTEL_TRITAN.onNegativeSide;
  }
}

/** The colour as seen with the given vision, in encoded sRGB [0, 1]. */
function simulate(hex: string, vision: Vision): Vec3 {
  const srgb = hexToSrgb(hex);
  if (vision === 'normal') return srgb;
  const linear = map3(srgb, decode);
  return map3(map3(times(linearMatrix(vision, linear), linear), clamp01), encode);
}

// ── CIELAB and CIEDE2000 ──────────────────────────────────────────────────────────────────────────

/** Linear sRGB → CIE XYZ (IEC 61966-2-1, D65). Its rows sum to the D65 white point. */
const SRGB_TO_XYZ: Mat3 = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const D65: Vec3 = [0.95047, 1, 1.08883];

function srgbToLab(srgb: Vec3): Vec3 {
  const xyz = times(SRGB_TO_XYZ, map3(srgb, decode));
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(xyz[0] / D65[0]), f(xyz[1] / D65[1]), f(xyz[2] / D65[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const hueDeg = (b: number, a: number) =>
  (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) * 180) / Math.PI + 360) % 360;

/**
 * CIEDE2000 colour difference (kL = kC = kH = 1), following the equations as numbered in Sharma,
 * G., Wu, W. & Dalal, E. N. (2005). The CIEDE2000 color-difference formula: Implementation notes,
 * supplementary test data, and mathematical observations. Color Research & Application 30(1),
 * 21–30. doi:10.1002/col.20070.
 */
function deltaE2000([L1, a1, b1]: Vec3, [L2, a2, b2]: Vec3): number {
  const pow7 = (x: number) => x ** 7;
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(pow7(meanC) / (pow7(meanC) + pow7(25))));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const h1p = hueDeg(b1, a1p);
  const h2p = hueDeg(b2, a2p);
  const chromatic = C1p * C2p !== 0;

  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (chromatic) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));

  const meanL = (L1 + L2) / 2;
  const meanCp = (C1p + C2p) / 2;
  let meanHp = h1p + h2p;
  if (chromatic) {
    if (Math.abs(h1p - h2p) <= 180) meanHp /= 2;
    else meanHp = meanHp < 360 ? (meanHp + 360) / 2 : (meanHp - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos(rad(meanHp - 30)) +
    0.24 * Math.cos(rad(2 * meanHp)) +
    0.32 * Math.cos(rad(3 * meanHp + 6)) -
    0.2 * Math.cos(rad(4 * meanHp - 63));
  const dTheta = 30 * Math.exp(-(((meanHp - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(pow7(meanCp) / (pow7(meanCp) + pow7(25)));
  const SL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const SC = 1 + 0.045 * meanCp;
  const SH = 1 + 0.015 * meanCp * T;
  const RT = -Math.sin(rad(2 * dTheta)) * RC;

  const l = dLp / SL;
  const c = dCp / SC;
  const h = dHp / SH;
  return Math.sqrt(l * l + c * c + h * h + RT * c * h);
}

/** ΔE2000 between two sRGB colours as a reader with the given vision sees them. */
const difference = (a: string, b: string, vision: Vision) =>
  deltaE2000(srgbToLab(simulate(a, vision)), srgbToLab(simulate(b, vision)));

// ── WCAG 2.x contrast ─────────────────────────────────────────────────────────────────────────────

/**
 * Relative luminance as WCAG 2.x defines it. WCAG writes 0.03928 where the sRGB standard has
 * 0.04045; no 8-bit channel value (10/255 = 0.0392, 11/255 = 0.0431) lies between them, so
 * `decode` gives WCAG's numbers exactly.
 */
const luminance = (hex: string) => dot([0.2126, 0.7152, 0.0722], map3(hexToSrgb(hex), decode));

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// ── The metric and the simulation, tested against published data ─────────────────────────────────

describe('CIEDE2000 against the test data of Sharma, Wu & Dalal (2005), Table 1', () => {
  // [pair, L1, a1, b1, L2, a2, b2, ΔE00 as published to 4 decimals]
  const SHARMA: readonly (readonly [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ])[] = [
    [1, 50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
    [2, 50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
    [3, 50.0, 2.8361, -74.02, 50.0, 0.0, -82.7485, 3.4412],
    [4, 50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0],
    [5, 50.0, -1.1848, -84.8006, 50.0, 0.0, -82.7485, 1.0],
    [6, 50.0, -0.9009, -85.5211, 50.0, 0.0, -82.7485, 1.0],
    [7, 50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
    [8, 50.0, -1.0, 2.0, 50.0, 0.0, 0.0, 2.3669],
    [9, 50.0, 2.49, -0.001, 50.0, -2.49, 0.0009, 7.1792],
    [10, 50.0, 2.49, -0.001, 50.0, -2.49, 0.001, 7.1792],
    [11, 50.0, 2.49, -0.001, 50.0, -2.49, 0.0011, 7.2195],
    [12, 50.0, 2.49, -0.001, 50.0, -2.49, 0.0012, 7.2195],
    [13, 50.0, -0.001, 2.49, 50.0, 0.0009, -2.49, 4.8045],
    [14, 50.0, -0.001, 2.49, 50.0, 0.001, -2.49, 4.8045],
    [15, 50.0, -0.001, 2.49, 50.0, 0.0011, -2.49, 4.7461],
    [16, 50.0, 2.5, 0.0, 50.0, 0.0, -2.5, 4.3065],
    [17, 50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
    [18, 50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
    [19, 50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.903],
    [20, 50.0, 2.5, 0.0, 58.0, 24.0, 15.0, 19.4535],
    [21, 50.0, 2.5, 0.0, 50.0, 3.1736, 0.5854, 1.0],
    [22, 50.0, 2.5, 0.0, 50.0, 3.2972, 0.0, 1.0],
    [23, 50.0, 2.5, 0.0, 50.0, 1.8634, 0.5757, 1.0],
    [24, 50.0, 2.5, 0.0, 50.0, 3.2592, 0.335, 1.0],
    [25, 60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
    [26, 63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
    [27, 61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
    [28, 35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
    [29, 22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
    [30, 36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
    [31, 90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
    [32, 90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
    [33, 6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
    [34, 2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ];

  it.each(
    SHARMA.map(([pair, L1, a1, b1, L2, a2, b2, expected]) => ({
      pair,
      L1,
      a1,
      b1,
      L2,
      a2,
      b2,
      expected,
    })),
  )(
    'pair $pair: ($L1, $a1, $b1) vs ($L2, $a2, $b2) is ΔE00 $expected, either way round',
    ({ L1, a1, b1, L2, a2, b2, expected }) => {
      const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
      expect(round4(deltaE2000([L1, a1, b1], [L2, a2, b2]))).toBe(expected);
      expect(round4(deltaE2000([L2, a2, b2], [L1, a1, b1]))).toBe(expected);
    },
  );

  it('puts sRGB white, black and red where CIELAB (D65) has them', () => {
    const close = (lab: Vec3, expected: Vec3) =>
      lab.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 1));
    close(srgbToLab(hexToSrgb('#ffffff')), [100, 0, 0]);
    close(srgbToLab(hexToSrgb('#000000')), [0, 0, 0]);
    close(srgbToLab(hexToSrgb('#ff0000')), [53.24, 80.09, 67.2]);
  });
});

describe('colour-vision simulation', () => {
  it.each(VISIONS)('leaves greys alone under %s', (vision) => {
    for (const grey of ['#000000', '#404040', '#808080', '#c0c0c0', '#ffffff']) {
      const seen = srgbToLab(simulate(grey, vision));
      expect(deltaE2000(seen, srgbToLab(hexToSrgb(grey)))).toBeLessThan(0.1);
    }
  });

  // A colour and its simulated rendering lie on one confusion line: the dichromat cannot tell them
  // apart, everyone else can. A transposed or mislabelled matrix breaks these.
  it.each<[string, string, string, Vision, Vision[]]>([
    [
      'red and dark olive look alike',
      '#FF0000',
      '#6D5F00',
      'protanopia',
      ['normal', 'deuteranopia', 'tritanopia'],
    ],
    [
      'red and olive look alike',
      '#FF0000',
      '#A39000',
      'deuteranopia',
      ['normal', 'protanopia', 'tritanopia'],
    ],
    [
      'amber and pink look alike',
      '#E69F00',
      '#ED939D',
      'tritanopia (Brettel)',
      ['normal', 'protanopia', 'deuteranopia'],
    ],
  ])('%s (%s, %s) under %s only', (_, a, b, same, apart) => {
    expect(difference(a, b, same)).toBeLessThan(2);
    for (const vision of apart) expect(difference(a, b, vision)).toBeGreaterThan(15);
  });
});

// ── The palettes ──────────────────────────────────────────────────────────────────────────────────

/*
 * Minimum ΔE2000 between any two colours of a set, per vision. ΔE00 ≈ 1 is a just-noticeable
 * difference between large patches side by side; chart marks are thin lines and 14×4 px legend
 * swatches, and discrimination falls quickly as marks get smaller, so the bars sit far above that.
 * The more colours a set must hold, the less room there is between them: every colour also has to
 * keep 3:1 contrast on both a white and a near-black page, which confines it to a luminance band of
 * 0.12–0.30, and a dichromat sees only lightness and one hue axis inside that band. So the bar
 * steps down with the size of the set:
 *
 * - The three focus apps are the default selection on every chart and always drawn together:
 *   ≥ 20 for normal vision (unmistakably different colours), ≥ 15 for protanopia and deuteranopia
 *   (red–green deficiencies, about 1 in 12 men; severity 1.0 is their worst case), ≥ 10 for
 *   tritanopia (about 1 in 10,000; the two models disagree most here), with both tritan models.
 * - The six hashtag colours (up to six series at once, then repeated dashed): ≥ 15 for normal
 *   vision, ≥ 12 for protanopia and deuteranopia, ≥ 7 for tritanopia.
 * - All ten known apps, which a reader can select together: ≥ 12 for normal vision, and ≥ 6 under
 *   every deficiency, which keeps any two from being near-duplicates. Ten colours in that band
 *   cannot do much better: a search of the sRGB gamut found no ten-colour set (with the focus
 *   three fixed) above ≈ 9.5 for normal vision and the three Machado simulations together, and
 *   the best of those were mostly greys. With ten apps, the legend labels carry identity; colour
 *   only has to keep lines apart.
 */
const BARS = {
  focus: {
    normal: 20,
    protanopia: 15,
    deuteranopia: 15,
    tritanopia: 10,
    'tritanopia (Brettel)': 10,
  },
  hashtags: {
    normal: 15,
    protanopia: 12,
    deuteranopia: 12,
    tritanopia: 7,
    'tritanopia (Brettel)': 7,
  },
  knownApps: {
    normal: 12,
    protanopia: 6,
    deuteranopia: 6,
    tritanopia: 6,
    'tritanopia (Brettel)': 6,
  },
} as const satisfies Record<string, Record<Vision, number>>;

interface Swatch {
  readonly name: string;
  readonly color: string;
}

/** One named row per pair and vision: [test name, the pair's ΔE00, the bar it must meet]. */
function pairRows(
  swatches: readonly Swatch[],
  bars: Record<Vision, number>,
): [string, number, number][] {
  const label = (s: Swatch) => `${s.name} ${s.color}`;
  return VISIONS.flatMap((vision) =>
    swatches.flatMap((a, i) =>
      swatches
        .slice(i + 1)
        .map((b): [string, number, number] => [
          `${vision}: ${label(a)} vs ${label(b)} differ by ΔE00 ≥ ${bars[vision]}`,
          difference(a.color, b.color, vision),
          bars[vision],
        ]),
    ),
  );
}

const appSwatch = (app: string): Swatch => ({ name: app, color: appColor(app) });
const focusApps = FOCUS_APPS.map(appSwatch);
const knownApps = Object.keys(KNOWN_APPS).map(appSwatch);
const hashtags = [0, 1, 2, 3, 4, 5].map((i) => ({
  name: `series ${i}`,
  color: seriesStyle(i).color,
}));

describe('app identity colours', () => {
  it('gives every known app a colour of its own, the same on every call', () => {
    const colours = knownApps.map((s) => s.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(Object.keys(KNOWN_APPS).map(appColor)).toEqual(colours);
    expect(focusApps.map((s) => s.name)).toEqual(['tiktok', 'xiaohongshu', 'lemon8']);
  });

  it.each(pairRows(focusApps, BARS.focus))('focus apps, %s', (_, deltaE, min) =>
    expect(deltaE).toBeGreaterThanOrEqual(min),
  );

  it.each(pairRows(knownApps, BARS.knownApps))('known apps, %s', (_, deltaE, min) =>
    expect(deltaE).toBeGreaterThanOrEqual(min),
  );

  // WCAG 2.x SC 1.4.11 Non-text Contrast: graphical objects needed to understand the content
  // (chart lines, bars, legend swatches) need 3:1 against adjacent colours. The same identity
  // colour is drawn on both themes' page backgrounds (--bg in src/ui/app.css).
  const PAGES = [
    { theme: 'light', background: '#ffffff' },
    { theme: 'dark', background: '#0d1117' },
  ];
  const contrastRows = knownApps.flatMap(({ name, color }) =>
    PAGES.map(({ theme, background }): [string, string, string] => [
      `${name} ${color} has 3:1 contrast on the ${theme} page ${background}`,
      color,
      background,
    ]),
  );
  it.each(contrastRows)('%s', (_, color, background) =>
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(3),
  );
});

describe('hashtag series colours', () => {
  it.each(pairRows(hashtags, BARS.hashtags))('%s', (_, deltaE, min) =>
    expect(deltaE).toBeGreaterThanOrEqual(min),
  );
});
