// Takes screenshots of the built app (desktop and a 375 px phone) to look
// at by eye: node screenshot.mjs URL OUT_PREFIX
import { chromium } from 'playwright-core';
import { launchOptions } from './harness.js';

const [url, out = 'artifacts/shot'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  await page.goto(url);
  await page.waitForSelector('.place-list li, .place-page, .error-panel, .not-found, .share-page, .embed-root .map', { timeout: 15000 });
  await page.screenshot({ path: `${out}-${name}.png`, fullPage: process.env.FULL === '1' });
  await page.close();
}
await browser.close();
