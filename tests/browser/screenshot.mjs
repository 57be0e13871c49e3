// Takes screenshots of the built app (desktop and a 375 px phone) to look
// at by eye: node screenshot.mjs URL OUT_PREFIX (PRINT=1: also in print
// emulation; FULL=1: the whole page)
import { chromium } from 'playwright-core';
import { launchOptions } from './harness.js';

const [url, out = 'artifacts/shot'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  await page.goto(url);
  await page.waitForSelector('.place-list li, .calendar-page, .place-page, .trip-stop, .trip-empty, .error-panel, .not-found, .share-page, .data-page, .embed-root .map', { timeout: 15000 });
  // Let the map's first fit and the fonts settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: process.env.FULL === '1' });
  if (process.env.PRINT === '1') {
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${out}-${name}-print.png`, fullPage: true });
  }
  await page.close();
}
await browser.close();
