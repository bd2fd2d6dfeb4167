/** `?, ?, ?` for a list of values bound as parameters. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
