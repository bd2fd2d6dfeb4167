import type { Page } from 'playwright-core';

/** The workbench's editor: CodeMirror's content element, named "SQL query". */
export const editor = (page: Page) => page.getByRole('textbox', { name: 'SQL query' });

/** Opens the page at `search` and waits until the workbench's connection has read the schema. */
export async function openWorkbench(page: Page, baseUrl: string, search = '?tab=sql') {
  await page.goto(`${baseUrl}${search}`);
  await page.waitForSelector('.app[data-state="ready"]', { timeout: 60_000 });
  await editor(page).waitFor();
  await page.getByRole('button', { name: 'rankings_current', exact: true }).waitFor();
}

/** Replaces the editor's text, as typing it would (no bracket or completion help in the way). */
export async function typeQuery(page: Page, sql: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

const finishedRuns = (page: Page) =>
  page.locator('section.workbench').evaluate((s) => Number(s.getAttribute('data-runs')));

/** Runs the editor's query with Ctrl+Enter (or `how`) and waits for the run to finish. */
export async function runQuery(
  page: Page,
  how: () => Promise<void> = () => page.keyboard.press('ControlOrMeta+Enter'),
) {
  const before = await finishedRuns(page);
  await editor(page).focus();
  await how();
  await page.waitForFunction(
    (n) => Number(document.querySelector('section.workbench')?.getAttribute('data-runs')) > n,
    before,
    { timeout: 30_000 },
  );
}

export const queryStatus = (page: Page) => page.getByRole('status', { name: 'Query status' });

/** The result table's header names and the rows now in the page (it is virtualised). */
export async function resultTable(page: Page) {
  return page.getByRole('region', { name: 'Query result' }).evaluate((region) => ({
    headers: [...region.querySelectorAll('thead th .column-name')].map(
      (th) => th.textContent ?? '',
    ),
    rows: [...region.querySelectorAll('tbody tr:not([aria-hidden])')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
    ),
  }));
}

/** The editor's whole text, line by line as CodeMirror holds it. */
export const editorText = (page: Page) =>
  editor(page).evaluate((content) =>
    [...content.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n'),
  );
