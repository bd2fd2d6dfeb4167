import type { Page } from 'playwright-core';
import { settled } from './settled';

type Change = (page: Page) => Promise<void>;

const filters = (page: Page) => page.getByRole('form', { name: 'Filters' });
const country =
  (code: string): Change =>
  (page) =>
    filters(page)
      .getByRole('combobox', { name: 'Country' })
      .selectOption(code)
      .then(() => {});
const store =
  (id: string): Change =>
  (page) =>
    filters(page)
      .getByRole('combobox', { name: 'Store' })
      .selectOption(id)
      .then(() => {});
const app =
  (label: string): Change =>
  (page) =>
    filters(page).getByRole('group', { name: 'Apps' }).getByLabel(label).click();
const day =
  (name: 'From' | 'To', iso: string): Change =>
  (page) =>
    filters(page).getByLabel(name, { exact: true }).fill(iso);
const wholeRange: Change = (page) =>
  filters(page).getByRole('button', { name: 'Whole range' }).click();

/** Twenty changes of the filters a person makes: countries, stores, apps and the date range. */
export function benchChanges(first: string, last: string): [string, Change][] {
  const middle = new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10);
  return [
    ['country GB', country('GB')],
    ['country DE', country('DE')],
    ['store Google Play', store('google_play')],
    ['country JP', country('JP')],
    ['app CapCut on', app('CapCut')],
    ['country BR', country('BR')],
    ['from the middle', day('From', middle)],
    ['country IN', country('IN')],
    ['store App Store', store('ios')],
    ['app Lemon8 off', app('Lemon8')],
    ['to the last day', day('To', last)],
    ['country FR', country('FR')],
    ['country MX', country('MX')],
    ['app CapCut off', app('CapCut')],
    ['whole range', wholeRange],
    ['country CA', country('CA')],
    ['app Lemon8 on', app('Lemon8')],
    ['store Google Play again', store('google_play')],
    ['country AU', country('AU')],
    ['country US', country('US')],
  ];
}

/**
 * Times each change from the input event, taken in the page, until every chart it changes is
 * drawn again: the last chart drawn once no read is in flight (or, where none redraws, the first
 * calm frame).
 */
export async function timeChanges(page: Page, changes: [string, Change][]) {
  const samples: { change: string; ms: number }[] = [];
  await page.evaluate(() => {
    const mark = () => ((window as unknown as { changedAt: number }).changedAt = performance.now());
    const form = document.querySelector('form[aria-label="Filters"]')!;
    // Captured before React sees the event.
    for (const type of ['input', 'change', 'click']) form.addEventListener(type, mark, true);
  });
  for (const [name, change] of changes) {
    await settled(page);
    await change(page);
    const { calmAt, lastDrawnAt } = await settled(page);
    const changedAt = await page.evaluate(
      () => (window as unknown as { changedAt: number }).changedAt,
    );
    const doneAt = lastDrawnAt !== null && lastDrawnAt > changedAt ? lastDrawnAt : calmAt;
    samples.push({ change: name, ms: doneAt - changedAt });
  }
  return samples;
}
