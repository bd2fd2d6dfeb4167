// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { APP_COLOURS, appColor } from '../../src/charts/appColors';
import { HASHTAG_COLOURS } from '../../src/charts/seriesPalette';
import { recolourSeries, safeColourMap } from '../../src/export/colourBlindPalette';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** An SVG whose `<path>`s carry the given attributes, in order. */
function chart(...paths: string[]): Element {
  const markup = `<svg xmlns="http://www.w3.org/2000/svg">${paths
    .map((attributes, i) => `<path id="p${i}" ${attributes}/>`)
    .join('')}</svg>`;
  return new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
}

function recoloured(...paths: string[]): Element {
  const root = chart(...paths);
  recolourSeries(root);
  return root;
}

const attribute = (root: Element, i: number, name: string) =>
  root.querySelector(`#p${i}`)!.getAttribute(name);

const serialise = (root: Element) => new XMLSerializer().serializeToString(root);

describe('recolouring series in colour-blind-safe colours', () => {
  it('keeps the focus apps, which already are Okabe-Ito colours', () => {
    const root = recoloured(
      `stroke="${appColor('tiktok')}"`,
      `stroke="${appColor('xiaohongshu')}"`,
      `stroke="${appColor('lemon8')}"`,
    );
    expect([0, 1, 2].map((i) => attribute(root, i, 'stroke'))).toEqual([
      '#0072B2',
      '#D55E00',
      '#009E73',
    ]);
  });

  it('gives other apps the palette colours the chart does not use yet, in order', () => {
    const root = recoloured(
      `stroke="${appColor('clapper')}"`,
      `stroke="${appColor('tiktok')}"`,
      `stroke="${appColor('deepseek')}"`,
    );
    expect([0, 1, 2].map((i) => attribute(root, i, 'stroke'))).toEqual([
      '#D55E00',
      '#0072B2',
      '#009E73',
    ]);
  });

  it('recolours fill, stroke, stop-color, color and style, and nothing else', () => {
    const root = recoloured(
      'fill="#7391C3" stroke="#AA8C46" color="#B9325A" data-colour="#698C1E"',
      'stop-color="#AA4499" style="stroke:#558782; stroke-width: 2" aria-label="#e73"',
    );
    expect(attribute(root, 0, 'fill')).toBe('#0072B2');
    expect(attribute(root, 0, 'stroke')).toBe('#D55E00');
    expect(attribute(root, 0, 'color')).toBe('#009E73');
    expect(attribute(root, 0, 'data-colour')).toBe('#698C1E');
    expect(attribute(root, 1, 'stop-color')).toBe('#CC79A7');
    expect(attribute(root, 1, 'style')).toBe('stroke:#E69F00; stroke-width: 2');
    expect(attribute(root, 1, 'aria-label')).toBe('#e73');
  });

  it('leaves text alone, so a hashtag spelt like a colour keeps its name', () => {
    const root = chart('fill="#EE7733"');
    const text = root.appendChild(root.ownerDocument.createElementNS(root.namespaceURI, 'text'));
    text.textContent = '#EE7733 #e73';
    recolourSeries(root);
    expect(root.querySelector('text')!.textContent).toBe('#EE7733 #e73');
  });

  it('compares colours case-insensitively and spells out three-digit hex', () => {
    const root = recoloured('fill="#7391c3"', 'stroke="#7391C3"', 'fill="#e73"', 'fill="#EE7733"');
    expect([0, 1].map((i) => attribute(root, i, i === 0 ? 'fill' : 'stroke'))).toEqual([
      '#0072B2',
      '#0072B2',
    ]);
    expect([2, 3].map((i) => attribute(root, i, 'fill'))).toEqual(['#D55E00', '#D55E00']);
  });

  it('counts a palette colour in lower case as already used', () => {
    const root = recoloured('fill="#7391C3"', 'fill="#0072b2"');
    expect(attribute(root, 0, 'fill')).toBe('#D55E00');
    expect(attribute(root, 1, 'fill')).toBe('#0072b2');
  });

  it('counts orange and sky blue as used, though no series is drawn in them yet', () => {
    const root = recoloured(
      'fill="#E69F00"',
      ...APP_COLOURS.slice(4, 9).map((colour) => `fill="${colour}"`),
    );
    expect([...Array(6).keys()].map((i) => attribute(root, i, 'fill'))).toEqual([
      '#E69F00',
      '#0072B2',
      '#D55E00',
      '#009E73',
      '#CC79A7',
      '#56B4E9',
    ]);
  });

  it('leaves ink, greys, the heat map, backgrounds and references alone', () => {
    const others = [
      '#1b1f24',
      '#ccc',
      '#440154',
      'rgb(0, 34, 78)',
      'currentColor',
      'none',
      'url(#x)',
      'url(#c31)',
      '#7391C3aa',
      '#ffffff',
    ];
    const root = recoloured(...others.map((colour) => `fill="${colour}"`), 'fill="#7391C3"');
    expect(others.map((_, i) => attribute(root, i, 'fill'))).toEqual(others);
    expect(attribute(root, others.length, 'fill')).toBe('#0072B2');
  });

  it('wraps around the free colours when there are more series than palette colours', () => {
    const root = recoloured(...APP_COLOURS.slice(4, 12).map((colour) => `stroke="${colour}"`));
    expect([...Array(8).keys()].map((i) => attribute(root, i, 'stroke'))).toEqual([
      ...PALETTE,
      '#0072B2',
      '#D55E00',
    ]);
  });

  it('wraps around only the colours the chart did not already use', () => {
    const used = ['#0072B2', '#7391C3', '#AA8C46', '#B9325A', '#698C1E', '#AA4499', '#558782'];
    expect([...safeColourMap(used).values()]).toEqual([
      '#0072B2',
      '#D55E00',
      '#009E73',
      '#CC79A7',
      '#E69F00',
      '#56B4E9',
      '#D55E00',
    ]);
  });

  it('wraps around the whole palette when the chart already uses all of it', () => {
    const map = safeColourMap([...PALETTE, '#7391C3']);
    expect(map.get('#7391c3')).toBe('#0072B2');
  });

  it('turns every app and hashtag colour into a palette colour', () => {
    const series = [...APP_COLOURS, ...HASHTAG_COLOURS];
    const root = recoloured(...series.map((colour) => `fill="${colour}"`));
    const out = series.map((_, i) => attribute(root, i, 'fill'));
    expect(out.filter((colour) => !PALETTE.includes(colour!))).toEqual([]);
  });

  it('keys the map by lower-case six-digit hex', () => {
    expect([...safeColourMap(['#7391C3', '#E73', '#0072B2']).entries()]).toEqual([
      ['#7391c3', '#D55E00'],
      ['#ee7733', '#009E73'],
      ['#0072b2', '#0072B2'],
    ]);
  });

  it('changes nothing the second time', () => {
    const paths = [appColor('capcut'), ...HASHTAG_COLOURS, appColor('clapper')].map(
      (colour) => `stroke="${colour}"`,
    );
    const once = recoloured(...paths);
    const twice = recoloured(...paths);
    recolourSeries(twice);
    expect(serialise(twice)).toBe(serialise(once));
    expect(serialise(once)).not.toBe(serialise(chart(...paths)));
  });
});
