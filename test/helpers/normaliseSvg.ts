/**
 * Makes an SVG string stable and reviewable for snapshots: numbers rounded to 3 decimals,
 * generated ids replaced, one element per line.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/\bid="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/></g, '>\n<')
    .concat('\n');
}
