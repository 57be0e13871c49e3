// The early script (src/pages/early.js): the pre-rendered home page's
// filters and "show more" work before the app's wasm has arrived, and the
// app then takes the filter over. "Before the app" is made to last: the
// wasm request is refused (the boot script's failure is then expected) or
// held until the test lets it through.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, withPage, fixture, plural } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const TOTAL = fixture.places.length;
/** The count line as the app writes it (src/i18n/lv.rs `places_shown`). */
const countText = (n) => `${n} no ${TOTAL} ${plural(TOTAL, 'vietas', 'vietām')}`;
const NO_WASM = { ignoreErrors: /wasm|WebAssembly|Failed to fetch|net::ERR_FAILED/i };

/** The home page with its wasm refused, once the early script is ready. */
async function openWithoutApp(page, query = '') {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(`${env.base}/${query}`, { waitUntil: 'domcontentloaded' });
  await page.locator('#boot .home[data-early="ready"]').waitFor({ timeout: 10000 });
}

/** What a visitor sees of the pre-rendered screen: names, count, markers. */
const seen = (page) => page.evaluate(() => {
  const shown = (el) => el.getClientRects().length > 0;
  const markers = [...document.querySelectorAll('.map-static .static-marker')].filter(shown);
  const clusters = [...document.querySelectorAll('.map-static .static-cluster')].filter(shown);
  return {
    names: [...document.querySelectorAll('#boot .place-list .place-link')].filter(shown).map((a) => a.textContent),
    count: document.querySelector('#boot .results .count').textContent,
    markerMunicipalities: [...new Set(markers.map((m) => m.dataset.m))],
    onMap: markers.length + clusters.reduce((s, c) => s + Number(c.querySelector('text').textContent), 0),
    clusterCounts: clusters.map((c) => [c.querySelector('text').textContent, c.getAttribute('aria-label')]),
    search: location.search,
  };
});

const mapped = (p) => typeof p.lat === 'number' && typeof p.lon === 'number';

test('before the app, a municipality filter narrows the list, its count and the map, and goes into the URL', () => withPage(env, NO_WASM, async ({ page }) => {
  await openWithoutApp(page);
  const link = page.locator('#boot .filters a.check[data-value="augsdaugava"]');
  assert.equal(await link.getAttribute('role'), 'button');
  assert.equal(await link.getAttribute('aria-pressed'), 'false');
  await link.click();
  const places = fixture.places.filter((p) => p.municipality === 'augsdaugava');
  const now = await seen(page);
  assert.deepEqual(now.names, places.map((p) => p.name.lv));
  assert.equal(now.count, countText(places.length));
  assert.equal(now.search, '?m=augsdaugava');
  assert.equal(await link.getAttribute('aria-pressed'), 'true');
  // Every place still on the map is one of the municipality's, and the
  // markers and cluster numbers add up to its mapped places.
  assert.deepEqual(now.markerMunicipalities.filter((m) => m !== 'augsdaugava'), []);
  assert.equal(now.onMap, places.filter(mapped).length);
  for (const [n, label] of now.clusterCounts) {
    assert.ok(Number(n) >= 2, `a cluster of ${n}`);
    assert.equal(label, `${n} ${plural(Number(n), 'vieta', 'vietas')}`);
  }

  // A kind as well: both apply, and the URL says so in the app's order.
  await page.locator('#boot .filters a.check[data-value="hillfort"]').click();
  const both = places.filter((p) => p.kind === 'hillfort');
  assert.ok(both.length > 0 && both.length < places.length);
  const then = await seen(page);
  assert.deepEqual(then.names, both.map((p) => p.name.lv));
  assert.equal(then.count, countText(both.length));
  assert.equal(then.search, '?m=augsdaugava&kind=hillfort');
  assert.equal(then.onMap, both.filter(mapped).length);

  // From the keyboard: Space on the focused filter takes it off again.
  await page.locator('#boot .filters a.check[data-value="hillfort"]').focus();
  await page.keyboard.press('Space');
  assert.equal((await seen(page)).count, countText(places.length));
  await link.focus();
  await page.keyboard.press('Space');
  const none = await seen(page);
  assert.equal(none.count, countText(TOTAL));
  assert.equal(none.names.length, 60);
  assert.equal(none.search, '');
  assert.equal(none.onMap, fixture.places.filter(mapped).length);
}));

test('before the app, a place after the first page shows when its filter asks for it', () => withPage(env, NO_WASM, async ({ page }) => {
  await openWithoutApp(page);
  const last = fixture.places[60];
  assert.ok(last, 'the fixture has more places than one page');
  assert.deepEqual((await seen(page)).names.includes(last.name.lv), false);
  await page.locator(`#boot .filters a.check[data-value="${last.municipality}"]`).click();
  const names = (await seen(page)).names;
  assert.deepEqual(names, fixture.places.filter((p) => p.municipality === last.municipality).map((p) => p.name.lv));
  assert.ok(names.includes(last.name.lv));
}));

test('before the app, "show more" shows the rest of the list', () => withPage(env, NO_WASM, async ({ page }) => {
  await openWithoutApp(page);
  const more = page.locator('#boot .show-more');
  assert.equal(await more.textContent(), `Rādīt vēl (${TOTAL - 60})`);
  await more.click();
  assert.deepEqual((await seen(page)).names, fixture.places.map((p) => p.name.lv));
  assert.equal(await more.isVisible(), false);
}));

test('a filtered link opens filtered before the app; unknown values are left to it', () => withPage(env, NO_WASM, async ({ page }) => {
  await openWithoutApp(page, '?m=kraslava,riga&kind=village');
  const places = fixture.places.filter((p) => p.municipality === 'kraslava' && p.kind === 'village');
  const now = await seen(page);
  assert.deepEqual(now.names, places.map((p) => p.name.lv));
  assert.equal(now.count, countText(places.length));
  assert.equal(await page.locator('#boot a.check[data-value="kraslava"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#boot a.check[data-value="village"]').getAttribute('aria-pressed'), 'true');
  // Nothing was written: the URL is the visitor's until they choose.
  assert.equal(now.search, '?m=kraslava,riga&kind=village');
}));

test('the app takes over a filter chosen before it, and the focus on it', () => withPage(env, async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(`${env.base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('#boot .home[data-early="ready"]').waitFor({ timeout: 10000 });
  await page.locator('#boot a.check[data-value="aizkraukle"]').focus();
  await page.keyboard.press('Space');
  const places = fixture.places.filter((p) => p.municipality === 'aizkraukle');
  assert.equal((await seen(page)).count, countText(places.length));
  release();
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
  // The app's own checkbox is ticked and has the focus; its list agrees.
  assert.equal(await page.locator('#m-aizkraukle').isChecked(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'm-aizkraukle');
  assert.equal(await page.locator('#main .results .count').textContent(), countText(places.length));
  assert.deepEqual(
    await page.locator('#main .place-list .place-link').allTextContents(),
    places.map((p) => p.name.lv),
  );
  assert.equal(new URL(page.url()).search, '?m=aizkraukle');
}));

test('a filter chosen after the app has started, before it shows, is not lost', () => withPage(env, async ({ page }) => {
  // The data is held: the app starts (html.booting) and waits for it.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/data/selija.json', async (route) => { await gate; await route.continue(); });
  await page.goto(`${env.base}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.documentElement.classList.contains('booting'), null, { timeout: 15000 });
  await page.locator('#boot a.check[data-value="kraslava"]').click();
  release();
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
  const places = fixture.places.filter((p) => p.municipality === 'kraslava');
  assert.equal(await page.locator('#m-kraslava').isChecked(), true);
  assert.equal(await page.locator('#main .results .count').textContent(), countText(places.length));
  assert.equal(new URL(page.url()).search, '?m=kraslava');
}));
