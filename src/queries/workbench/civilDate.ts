/**
 * The calendar day of a count of days since 1970-01-01, over DuckDB's whole range of dates
 * (about ±5.8 million years), where JavaScript's Date gives up at ±275,760 years. Howard
 * Hinnant's civil_from_days, in the proleptic Gregorian calendar DuckDB uses.
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DuckDB's DATE infinities, as days. */
export const INFINITE_DAYS = 2_147_483_647;

/** A day as DuckDB writes it: `2025-01-13`, `0044-03-15 (BC)`, `infinity`. */
export function isoDayText(days: number): string {
  if (days >= INFINITE_DAYS) return 'infinity';
  if (days <= -INFINITE_DAYS) return '-infinity';
  const { year, month, day } = civilFromDays(days);
  // There is no year 0: 1 BC is year 0 of the proleptic calendar, 2 BC is −1.
  if (year <= 0) return `${pad(1 - year, 4)}-${pad(month)}-${pad(day)} (BC)`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
