import type { Page } from 'playwright-core';
import { resultTable, runQuery, typeQuery } from '../../test/browser/workbenchPage';

/** DuckDB's own count of the memory it holds, asked in the SQL workbench as an analyst would. */
export async function duckdbMemory(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'SQL workbench' }).click();
  await page
    .getByRole('button', { name: 'rankings_current', exact: true })
    .waitFor({ timeout: 600_000 });
  await typeQuery(page, 'SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()');
  await runQuery(page);
  const { rows } = await resultTable(page);
  return Number(rows[0]![0]!.replaceAll(',', ''));
}
