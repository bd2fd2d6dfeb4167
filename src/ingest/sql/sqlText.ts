/** A single-quoted SQL string literal; quotes inside are doubled, so any text stays one literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Whitespace in RE2 syntax: RE2's `\s` is ASCII only and has no vertical tab, so add the
 * Unicode separators (no-break, thin and ideographic spaces, ...), NEL and the BOM.
 */
export const WHITESPACE = String.raw`[\s\x{0B}\x{85}\x{FEFF}\p{Z}]`;
