/**
 * A width estimate for a label in the chart's sans-serif font, without measuring: layout must
 * be the same in jsdom (no layout engine) and in the browser, so snapshots are stable.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text)
    em += /[\u2E80-\u9FFF\uF900-\uFAFF]/.test(ch) ? 1 : /[mwMW]/.test(ch) ? 0.85 : 0.56;
  return em * fontSize;
}
