// node shot2.mjs URL OUT [width] [fixed-date]: one screenshot, optional fixed clock.
import { chromium } from 'playwright-core';
import { launchOptions } from './harness.js';
const [url, out, width = '1280', date] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, locale: 'lv-LV' });
const page = await context.newPage();
if (date) await page.clock.setFixedTime(new Date(date));
page.on('console', (m) => m.type() === 'error' && !/tile|ERR_NAME/.test(m.text()) && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e));
await page.goto(url);
// Once the app has taken over (the boot screen is gone) and the fonts are in.
await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
