/** SQL for the first UTC day that counts as "in the future": the day after tomorrow. */
export function afterTomorrowSql(today: Date): string {
  const day = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 2),
  );
  return `DATE '${day.toISOString().slice(0, 10)}'`;
}
