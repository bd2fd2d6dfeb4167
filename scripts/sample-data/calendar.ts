const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Days since 1970-01-01 (UTC) for a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

export function dayFromNumber(dayNo: number): string {
  return new Date(dayNo * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let n = dayNumber(first); n <= dayNumber(last); n += 1) days.push(dayFromNumber(n));
  return days;
}

export function isBetween(day: string, first: string, last: string): boolean {
  return day >= first && day <= last;
}

/** Hours since 1970-01-01T00:00Z for an ISO instant such as `2025-01-14T10:00:00Z`. */
export function hourNumber(instant: string): number {
  return Date.parse(instant) / MS_PER_HOUR;
}

/** `2025-01-14T10:00:00Z`: whole seconds, always UTC. */
export function instantFromHour(hourNo: number): string {
  return new Date(hourNo * MS_PER_HOUR).toISOString().replace('.000Z', 'Z');
}
