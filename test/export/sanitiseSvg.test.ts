import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from '../../src/export/sanitiseSvg';
import { jsdomDocument } from '../helpers/jsdomDocument';

const hostile = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
  <style>@import url(http://evil.example/x.css); text { fill: red }</style>
  <script>alert(1)</script>
  <image href="http://evil.example/x.png" width="10" height="10"/>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
  <a href="http://evil.example/"><text x="1">linked</text></a>
  <use href="#dot"/><use xlink:href="http://evil.example/s.svg#x"/>
  <circle id="dot" r="2" fill="url(http://evil.example/#g)" stroke="url(#local)" onclick="x()"
    style="cursor: pointer; fill-opacity: 0.5; stroke-width: url(http://evil.example/); onmouseover: x()"/>
  <rect width="1" fill="u\\72l(http://evil.example/)" mask="url('#m')"/>
  <!-- a comment -->
  <text>kept</text>
</svg>`;

function sanitised(markup: string): string {
  const document = jsdomDocument();
  const parsed = new document.defaultView!.DOMParser().parseFromString(markup, 'image/svg+xml');
  const root = document.importNode(parsed.documentElement, true);
  sanitiseSvg(root);
  return new document.defaultView!.XMLSerializer().serializeToString(root);
}

describe('sanitising a chart for a standalone file', () => {
  const out = sanitised(hostile);

  it('removes scripts, styles, images, foreign objects and comments', () => {
    expect(out).not.toMatch(/<(script|style|image|foreignObject|div)\b/);
    expect(out).not.toMatch(/alert|html<|comment|@import/);
  });

  it('keeps no reference outside the file, and no event handler', () => {
    expect(out).not.toContain('evil.example');
    expect(out).not.toMatch(/\son\w+=/);
    expect(out).toContain('<use href="#dot"/>');
    expect(out).toContain('stroke="url(#local)"');
    expect(out).toContain(`mask="url('#m')"`);
  });

  it('unwraps a link, keeping what it drew', () => {
    expect(out).not.toMatch(/<a\b/);
    expect(out).toContain('<text x="1">linked</text>');
    expect(out).toContain('<text>kept</text>');
  });

  it('turns safe inline style into attributes and drops the rest', () => {
    const circle = /<circle [^>]*>/.exec(out)?.[0];
    expect(circle).toBe('<circle id="dot" r="2" stroke="url(#local)" fill-opacity="0.5"/>');
    expect(/<rect [^>]*>/.exec(out)?.[0]).toBe(`<rect width="1" mask="url('#m')"/>`);
  });

  it('drops characters XML does not allow from text and attributes', () => {
    const document = jsdomDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.textContent = 'bell\u0007 lone\uD800 pair\uD83D\uDE00 tab\t';
    text.setAttribute('aria-label', 'a\u0000b');
    svg.append(text);
    sanitiseSvg(svg);
    expect(text.textContent).toBe('bell lone pair\uD83D\uDE00 tab\t');
    expect(text.getAttribute('aria-label')).toBe('ab');
  });
});
