// Automated accessibility checks with axe-core (the engine behind most
// accessibility checkers) on every page, in both languages, on a desktop
// and a phone: WCAG 2.1 A and AA rules, contrast included, and axe's best
// practices. It complements the keyboard and focus tests in the other
// files, which check what axe cannot: that things work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, withPage, stable } from './harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Runs axe on the page as it is; returns its violations, readable. */
async function violations(page) {
  // Evaluated, not added as a <script>: the page's CSP allows no inline script.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n    ')}`);
  });
  return found;
}

/** [name, path, what shows once the page is drawn, what to do then] */
const PAGES = [
  ['home', '/?tiles=off', '.place-list li'],
  ['home with a place open on the map', '/?tiles=off&p=viesite', '.place-item.is-selected', showMap],
  ['calendar month', '/calendar?month=2022-03', '[role="grid"], .agenda-events'],
  ['calendar list', '/calendar?view=list', '.agenda-events'],
  ['event page', '/event/apmacibas-ilgas-2022', 'h1'],
  ['place page', '/place/viesite?tiles=off', 'h1'],
  ['not found', '/nowhere', 'h1'],
  ['data check page', '/check', '.data-choose input[type=file]'],
];

/** On a phone the map is behind the list/map toggle: open it. */
async function showMap(page) {
  const toggle = page.locator('.view-toggle button').nth(1);
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('.map-panel h2').first().waitFor();
}

for (const [lang, locale] of [['lv', 'lv-LV'], ['en', 'en-GB']]) {
  for (const [viewport, size] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
    test(`axe finds nothing on any page (${lang}, ${viewport})`, () => withPage(env, { viewport: size, locale }, async ({ page }) => {
      const problems = [];
      for (const [name, path, ready, then] of PAGES) {
        const sep = path.includes('?') ? '&' : '?';
        await page.goto(`${env.base}${path}${sep}lang=${lang}`);
        await page.locator(ready).first().waitFor({ timeout: 15000 });
        if (then) await then(page);
        // Contrast is measured on what is painted: let fades, slides and
        // the map's first fit finish first.
        await stable(page, 'main *');
        for (const v of await violations(page)) problems.push(`${name}: ${v}`);
      }
      assert.deepEqual(problems, []);
    }));
  }
}
