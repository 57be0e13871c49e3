// The strict Content-Security-Policy of deploy/nginx.conf (its one home;
// serve.py sends it on every response, so the whole suite runs under it):
// no route may trigger a `securitypolicyviolation` — no inline script, no
// `style` attribute, no image or request the policy does not name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, withPage } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Every violation the page reports, recorded from before its first script. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''} @ ${e.sourceFile || ''}:${e.lineNumber || ''}`);
    });
  });
}

// Each route with what shows that the app has drawn it. The month with the
// Ilgas training has bars (the grid's bars are placed by classes now).
const ROUTES = [
  ['/', '.place-list li'],
  ['/?p=sece', '.place-list li'],
  ['/?view=list', '.place-list li'],
  ['/place/sece', 'h1'],
  ['/calendar?month=2022-03', '.month-grid .bar'],
  ['/calendar?view=list', '.agenda-events'],
  ['/event/selijas-kongress-1-1999', 'h1'],
  ['/embed', '.map-base, .place-list li'],
  ['/embed?view=both', '.place-list li'],
  ['/embed/calendar?month=2022-03', '.month-grid .bar'],
  ['/embed/calendar?view=list', '.agenda-events'],
  ['/share?m=jekabpils', '#share-code-iframe'],
  ['/trip', 'h1'],
  ['/no/such/page', 'h1'],
];

test('the policy is sent, and nginx.conf is its one home', async () => {
  const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  const app = conf.match(/set \$csp_app "([^"]+)";/)[1];
  assert.equal(app, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; frame-ancestors 'self'");
  const page = await fetch(env.base + '/place/sece');
  assert.equal(page.headers.get('content-security-policy'), app);
  const embed = await fetch(env.base + '/embed/calendar');
  assert.match(embed.headers.get('content-security-policy'), /frame-ancestors \*$/);
  // No inline script is left in any page the build wrote.
  const html = await page.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.match(html, /<script type="module" src="\/boot-[0-9a-f]{16}\.js"><\/script>/);
});

for (const [route, ready] of ROUTES) {
  test(`no CSP violation on ${route}`, () => withPage(env, { tiles: 'serve' }, async ({ page }) => {
    await recordViolations(page);
    await page.goto(env.base + route);
    await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
    await page.locator(ready).first().waitFor();
    // Let the map fetch its tiles and the calendar draw its bars.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  }));
}
