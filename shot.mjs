import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:4400/' + (process.argv[2] ?? '?tab=sql'));
await page.waitForTimeout(Number(process.argv[3] ?? 6000));
await page.screenshot({ path: '/tmp/shot.png', fullPage: true });
await browser.close();
