// The strict Content-Security-Policy of deploy/nginx.conf (its one home;
// serve.py sends it on every response, so the whole suite runs under it):
// no route may trigger a `securitypolicyviolation` — no inline script, no
// `style` attribute, no image or request the policy does not name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
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
  assert.equal(app, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; frame-ancestors 'self'");
  const page = await fetch(env.base + '/place/sece');
  assert.equal(page.headers.get('content-security-policy'), app);
  const embed = await fetch(env.base + '/embed/calendar');
  assert.match(embed.headers.get('content-security-policy'), /frame-ancestors \*$/);
  // No inline script is left in any page the build wrote.
  const html = await page.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.match(html, /<script type="module" src="\/boot-[0-9a-f]{16}\.js"><\/script>/);
});

// The header lets inline styles pass; each page narrows that to its own
// stylesheet with a <meta> policy holding the SHA-256 of its one <style>.
test('each page carries its stylesheet inline, allowed by its hash alone', async () => {
  for (const route of ['/', '/place/sece', '/calendar', '/embed']) {
    const html = await (await fetch(env.base + route)).text();
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1, `${route}: one <style>`);
    assert.doesNotMatch(html, /rel="stylesheet"/, `${route}: no stylesheet request`);
    const digest = createHash('sha256').update(styles[0]).digest('base64');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    assert.ok(meta, `${route}: a <meta> policy`);
    assert.equal(meta[1], `style-src 'self' 'sha256-${digest}'`, route);
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<style>'), `${route}: the policy comes first`);
  }
});

// The harness fails a test on console errors; these two are the point.
test('a style the build did not write is refused', () => withPage(env, { ignoreErrors: /Content Security Policy/ }, async ({ page }) => {
  await recordViolations(page);
  await page.goto(env.base + '/');
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
  const applied = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(255, 0, 0); }';
    document.head.append(style);
    const span = document.createElement('span');
    span.setAttribute('style', 'outline: 7px solid rgb(255, 0, 0)');
    document.body.append(span);
    return [getComputedStyle(document.body).outlineStyle, getComputedStyle(span).outlineStyle];
  });
  // Both would be 'solid' if the page's <meta> policy did not narrow the header's.
  assert.deepEqual(applied, ['none', 'none']);
  await page.waitForFunction(() => window.__violations.length >= 2);
  const seen = await page.evaluate(() => window.__violations);
  assert.ok(seen.every((v) => v.startsWith('style-src')), seen.join('\n'));
}));

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
