import { describe, expect, it } from 'vitest';
import { rankHeatmap } from '../../src/charts/rankHeatmap';
import { rankHistoryChart } from '../../src/charts/rankHistory';
import { svgSize } from '../../src/export/svgSize';
import { sourceLine, standaloneSvg, type StandaloneSvgInput } from '../../src/export/standaloneSvg';
import { jsdomDocument } from '../helpers/jsdomDocument';

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const document = jsdomDocument();

const rankData = {
  series: [
    {
      app: 'xiaohongshu',
      label: 'Xiaohongshu (RedNote)',
      points: [412, 180, 40, 1, 1, 1].map((rank, i) => ({ date: day(10 + i), rank })),
    },
  ],
  events: [
    { date: day(13), label: 'RedNote becomes the top free app on the US App Store' },
    { date: day(14), label: 'More than 700,000 new RedNote users in two days' },
  ],
  from: day(10),
  to: day(15),
};

/** The rank history, recording the heights it was asked for and the heights it drew. */
function rankChart() {
  const asked: number[] = [];
  const drawn: number[] = [];
  const chart = (width: number, height: number) => {
    asked.push(height);
    const svg = rankHistoryChart(rankData, { width, height }, document);
    drawn.push(svgSize(svg).height);
    return svg;
  };
  return { chart, asked, drawn };
}

const base: StandaloneSvgInput = {
  chart: rankChart().chart,
  width: 640,
  height: 400,
  title: 'RedNote tops the App Store',
  subtitle: 'Daily rank, US App Store, top free',
  notes: '',
  source: 'Appfigures',
  byline: 'Jane Doe',
  alt: 'Line chart of daily rank.',
  theme: 'light',
};

function parse(xml: string) {
  const parsed = new document.defaultView!.DOMParser().parseFromString(xml, 'image/svg+xml');
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  return parsed.documentElement;
}

describe('a chart as a standalone SVG file', () => {
  it('is a valid SVG document of exactly the size asked for, titled and described first', () => {
    const xml = standaloneSvg(
      { ...base, title: '<script>alert("x")</script> & co', alt: 'a < b' },
      document,
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const root = parse(xml);
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(xml.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['640', '400']);
    expect(root.getAttribute('viewBox')).toBe('0 0 640 400');
    expect(root.getAttribute('font-family')).toBe(FONT);
    const [title, desc] = [...root.children];
    expect([title!.localName, title!.textContent]).toEqual([
      'title',
      '<script>alert("x")</script> & co',
    ]);
    expect([desc!.localName, desc!.textContent]).toEqual(['desc', 'a < b']);
    expect(root.getElementsByTagName('script')).toHaveLength(0);
  });

  it('lays out title, subtitle, chart, source and byline from top to bottom', () => {
    const { chart, asked, drawn } = rankChart();
    const root = parse(standaloneSvg({ ...base, chart }, document));
    const block = (name: string) => root.querySelector(`.${name}`)!;
    expect(block('export-title').textContent).toBe('RedNote tops the App Store');
    expect(block('export-title').getAttribute('font-weight')).toBe('700');
    expect(block('export-subtitle').textContent).toBe('Daily rank, US App Store, top free');
    expect(block('export-source').textContent).toBe('Source: Appfigures');
    expect(block('export-byline').textContent).toBe('Jane Doe');
    expect(root.querySelector('.export-notes')).toBeNull();
    // Header: 20 padding + 25 title + 4 + 19 subtitle + 14 gap = 82. Footer: two 16 px lines and
    // 2 between, above the 20 padding: from 346; the chart ends 14 above it, at 332.
    const group = root.querySelector('g.rank-history')!;
    expect(group.getAttribute('transform')).toBe('translate(20,82)');
    expect(block('export-source').parentElement!.getAttribute('transform')).toBe(
      'translate(20,346)',
    );
    expect(asked[0]).toBe(332 - 82);
    // The event key made the first render too tall; the last one fits, and nothing is scaled.
    expect(drawn[0]).toBeGreaterThan(250);
    expect(drawn.at(-1)).toBeLessThanOrEqual(250);
    expect(asked.length).toBeGreaterThan(1);
  });

  it('re-lays the chart out for the width left inside the padding', () => {
    const { chart } = rankChart();
    const root = parse(standaloneSvg({ ...base, chart, width: 1000, height: 700 }, document));
    const clip = root.querySelector('clipPath rect')!;
    expect(clip.getAttribute('width')).toBe('960');
  });

  it('wraps a long title within the width, and gives empty fields no room', () => {
    const title =
      'How Xiaohongshu rose to the top of the App Store while TikTok went dark in the US';
    const root = parse(
      standaloneSvg({ ...base, width: 300, title, subtitle: '', source: '', byline: '' }, document),
    );
    const lines = [...root.querySelectorAll('.export-title text')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(title);
    expect(root.querySelector('.export-subtitle, .export-source, .export-byline')).toBeNull();
  });

  it('scales down, evenly, a chart that cannot be made short enough', () => {
    const heatmap = (width: number) =>
      rankHeatmap(
        {
          app: 'lemon8',
          label: 'Lemon8',
          countries: ['US', 'GB', 'CA', 'MY', 'TW', 'JP', 'DE', 'FR', 'BR', 'MX', 'AU', 'IN'].map(
            (code) => ({ code, name: code }),
          ),
          cells: [{ country: 'US', date: day(10), rank: 3 }],
          events: [],
          from: day(10),
          to: day(15),
        },
        { width },
        document,
      );
    const root = parse(standaloneSvg({ ...base, chart: heatmap }, document));
    const transform = root.querySelector('g.rank-heatmap')!.getAttribute('transform')!;
    const scale = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
    expect(scale).toBeGreaterThan(0);
    expect(scale).toBeLessThan(1);
    const clipHeight = Number(root.querySelector('clipPath rect')!.getAttribute('height'));
    expect(clipHeight * scale).toBeLessThanOrEqual(250 + 0.01);
  });

  it('leaves the chart out, without drawing it, when the text leaves it no room', () => {
    const { chart, asked } = rankChart();
    const title =
      'How Xiaohongshu rose to the top of the App Store while TikTok went dark in the US';
    const root = parse(standaloneSvg({ ...base, chart, title, width: 227, height: 60 }, document));
    expect(asked).toEqual([]);
    expect(root.querySelector('g.rank-history, clipPath, defs')).toBeNull();
    expect(root.querySelector('.export-source')!.textContent).toBe('Source: Appfigures');
  });

  it.each([
    ['light', '#ffffff', '#1b1f24', '#57606a'],
    ['dark', '#0d1117', '#e6edf3', '#9198a1'],
    ['transparent', null, '#1b1f24', '#57606a'],
  ] as const)('inks the %s theme', (theme, background, ink, muted) => {
    const xml = standaloneSvg({ ...base, theme, notes: 'Ranks are daily.' }, document);
    expect(xml).not.toMatch(/currentcolor/i);
    const root = parse(xml);
    const first = root.children[3]!; // after title, desc and defs
    if (background) {
      expect(first.localName).toBe('rect');
      expect(first.getAttribute('fill')).toBe(background);
      expect([first.getAttribute('width'), first.getAttribute('height')]).toEqual(['640', '400']);
    } else {
      expect(first.localName).toBe('g');
    }
    expect(root.querySelector('.export-title')!.getAttribute('fill')).toBe(ink);
    expect(root.querySelector('.axis-x .domain')!.getAttribute('stroke')).toBe(ink);
    for (const name of ['notes', 'source', 'byline']) {
      expect(root.querySelector(`.export-${name}`)!.getAttribute('fill')).toBe(muted);
    }
  });

  it('refers to nothing outside the file, and carries no script, style or image', () => {
    const hostile = (width: number, height: number) => {
      const svg = rankHistoryChart(rankData, { width, height }, document);
      svg.insertAdjacentHTML(
        'beforeend',
        '<image href="http://evil.example/x.png"/><style>@import url(http://evil.example/a.css);</style>' +
          '<script>alert(1)</script><foreignObject><p>x</p></foreignObject>' +
          '<rect fill="url(http://evil.example/#p)" style="cursor: pointer" pointer-events="all"/>',
      );
      // Each of them is really in the chart handed over, or this test would prove nothing.
      expect(svg.querySelectorAll('image, style, script, foreignObject')).toHaveLength(4);
      return svg;
    };
    const xml = standaloneSvg({ ...base, chart: hostile }, document);
    const root = parse(xml);
    expect(xml).not.toMatch(
      /evil\.example|<script|<style|<image|<foreignObject|cursor|pointer-events/,
    );
    for (const element of root.querySelectorAll('*')) {
      for (const { localName, value } of element.attributes) {
        if (localName === 'href') expect(value.startsWith('#')).toBe(true);
        for (const m of value.matchAll(/url\(([^)]*)\)/g)) expect(m[1]!.startsWith('#')).toBe(true);
      }
    }
    expect(root.querySelector('g.rank-history')!.getAttribute('clip-path')).toBe(
      'url(#driftwatch-export-chart)',
    );
    expect(root.querySelector('#driftwatch-export-chart')!.localName).toBe('clipPath');
  });

  it('styles nothing by class or by stylesheet', () => {
    const xml = standaloneSvg(base, document);
    expect(xml).not.toMatch(/style=|<style/);
  });
});

describe('the source line', () => {
  it.each([
    ['Appfigures', 'Source: Appfigures'],
    ['Sources: Reuters; CNN.', 'Sources: Reuters; CNN.'],
    ['source: own research', 'source: own research'],
    ['  ', ''],
  ])('prints %j as %j', (source, line) => {
    expect(sourceLine(source)).toBe(line);
  });
});
