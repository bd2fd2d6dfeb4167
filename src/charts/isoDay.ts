/** The ISO date (YYYY-MM-DD) of a UTC midnight, as the UI's time frame reader expects it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
