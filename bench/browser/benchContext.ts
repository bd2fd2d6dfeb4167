import type { Browser, BrowserContextOptions } from 'playwright-core';

export const NAME_HELPER = 'window.__name = (fn) => fn;';

/**
 * A fresh profile for one measurement. tsx compiles the functions we hand to page.evaluate with
 * esbuild's keepNames, which calls a `__name` helper the page does not have: give it one.
 */
export async function benchContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, ...options });
  await context.addInitScript({ content: NAME_HELPER });
  return context;
}
