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
 * Where a change's time went: the queries it ran (`queryMs`: while any was in flight; they run
 * one after another in DuckDB's worker) and the charts it drew (`drawMs`: building and placing
 * their SVG, summed). `ms` ends with the last chart in the window drawn, `allMs` once every
 * panel, in view or not, has read and drawn.
 */
export interface ChangeSample {
  readonly change: string;
  readonly ms: number;
  readonly allMs: number;
  readonly queries: number;
  readonly queryMs: number;
  readonly draws: number;
  readonly drawMs: number;
}

interface Timed {
  readonly name: string;
  readonly start: number;
  readonly ms: number;
  readonly detail: unknown;
  /** A chart drawn that is inside the window once the change has settled. */
  readonly inView?: boolean;
}

const total = (list: readonly Timed[]) => list.reduce((sum, t) => sum + t.ms, 0);

/** Queries wait for one another in DuckDB's one worker: the time any of them was in flight. */
function inFlight(list: readonly Timed[]): number {
  let busy = 0;
  let until = -Infinity;
  for (const t of [...list].sort((a, b) => a.start - b.start)) {
    const end = t.start + t.ms;
    busy += Math.max(0, end - Math.max(t.start, until));
    until = Math.max(until, end);
  }
  return busy;
}

/** Each query and draw of a change: when after the change it began, how long, what it was. */
function printTrace(change: string, changedAt: number, timed: readonly Timed[]): void {
  for (const t of timed) {
    const what = String(t.detail).slice(0, 90).replace(/\s+/g, ' ');
    const where = t.inView === false ? ' (out of view)' : '';
    console.log(change, (t.start - changedAt).toFixed(0), t.ms.toFixed(0), what + where);
  }
}

/**
 * Times each change from the input event, taken in the page, until every chart in the window
 * that it changes is drawn again, and until every panel is: the last chart drawn once no read is
 * in flight (or, where none redraws, the first calm frame). The page's own timings of its
 * queries and draws (performance measures) say where the time went.
 */
export async function timeChanges(page: Page, changes: [string, Change][]) {
  const samples: ChangeSample[] = [];
  // From the snapshots panel, where the file was loaded, to the charts the filters change: the
  // first of them just below the filters, which stay at the top of the window.
  await page.evaluate(() => {
    const filters = document.querySelector('form[aria-label="Filters"]')!.getBoundingClientRect();
    const first = document.querySelector('[data-figure]')!.getBoundingClientRect();
    window.scrollBy(0, first.top - filters.height);
  });
  await page.evaluate(() => {
    const w = window as unknown as { changedAt: number | null; timed: Timed[] };
    // The first event of a change: a checkbox's click comes before its input and change.
    const mark = () => (w.changedAt ??= performance.now());
    const form = document.querySelector('form[aria-label="Filters"]')!;
    // Captured before React sees the event.
    for (const type of ['input', 'change', 'click']) form.addEventListener(type, mark, true);
    w.timed = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.timed.push({
          name: e.name,
          start: e.startTime,
          ms: e.duration,
          detail: (e as PerformanceMeasure).detail,
        });
    }).observe({ type: 'measure' });
  });
  for (const [name, change] of changes) {
    await settled(page);
    await page.evaluate(() => ((window as unknown as { changedAt: null }).changedAt = null));
    await change(page);
    const { calmAt, lastDrawnAt } = await settled(page);
    const { changedAt, timed } = await page.evaluate(() => {
      const w = window as unknown as { changedAt: number; timed: Timed[] };
      const charts = [...document.querySelectorAll('svg[aria-label]')];
      const inView = (label: unknown) =>
        charts.some((svg) => {
          if (svg.getAttribute('aria-label') !== label) return false;
          const { top, bottom } = svg.getBoundingClientRect();
          return bottom > 0 && top < window.innerHeight;
        });
      const timed = w.timed
        .splice(0)
        .map((t) => (t.name === 'driftwatch:chart-draw' ? { ...t, inView: inView(t.detail) } : t));
      return { changedAt: w.changedAt, timed };
    });
    const doneAt = lastDrawnAt !== null && lastDrawnAt > changedAt ? lastDrawnAt : calmAt;
    const after = (kind: string) => timed.filter((t) => t.name === kind && t.start >= changedAt);
    const queries = after('driftwatch:query');
    const draws = after('driftwatch:chart-draw');
    const drawnInView = draws.filter((d) => d.inView);
    // Where no chart in view redrew, the change counts until everything has.
    const inViewAt = drawnInView.length
      ? Math.max(...drawnInView.map((d) => d.start + d.ms))
      : doneAt;
    if (process.env.BENCH_TRACE) printTrace(name, changedAt, [...queries, ...draws]);
    samples.push({
      change: name,
      // A change that redraws nothing can settle in the frame it was made in.
      ms: Math.max(0, inViewAt - changedAt),
      allMs: Math.max(0, doneAt - changedAt),
      queries: queries.length,
      queryMs: inFlight(queries),
      draws: draws.length,
      drawMs: total(draws),
    });
  }
  return samples;
}
