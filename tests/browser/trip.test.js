// The trip planner in a real browser: collecting places and events from
// the list, the map panel and an event page; the header counter; /trip with
// its numbered markers, lines and keyboard reordering; storage across a
// reload; a share link opened in a fresh context and saved; a context whose
// localStorage throws; the downloads; the directions links; axe; a phone's
// width; print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, withPage, stable, fixture } from './harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const NOW = '2022-03-10T12:00:00+02:00';
const place = (id) => fixture.places.find((p) => p.id === id);
const pair = (p, sep = ',') => `${p.lat.toFixed(5)}${sep}${p.lon.toFixed(5)}`;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** The ids of the trip's stops as the page lists them, in order. */
const stopKeys = (page) => page.locator('.trip-stop').evaluateAll((els) => els.map((e) => e.dataset.key));

test('collect, reorder by keyboard, reload, share and save', () => withPage(env, { now: NOW }, async ({ page, context }) => {
  // From the list.
  await page.goto(`${env.base}/?tiles=off`);
  const fromList = page.getByRole('button', { name: 'Pievienot ceļojumam: Sece' });
  await fromList.click();
  await assert.doesNotReject(page.waitForFunction(() => document.querySelector('.place-item .trip-toggle[aria-pressed="true"]')));
  // From the map panel.
  await page.goto(`${env.base}/?tiles=off&p=viesite`);
  const fromPanel = page.locator('.map-panel').getByRole('button', { name: 'Pievienot ceļojumam: Viesīte' });
  await fromPanel.click();
  assert.equal(await fromPanel.getAttribute('aria-pressed'), 'true');
  // From an event page.
  await page.goto(`${env.base}/event/apmacibas-ilgas-2022`);
  await page.locator('.page-actions .trip-toggle').click();
  const counter = page.locator('.trip-counter');
  await page.waitForFunction(() => document.querySelector('.trip-counter')?.getAttribute('aria-label') === 'Ceļojums: 3 vietas');
  assert.equal((await counter.locator('.trip-count').textContent()).trim(), '3');

  // /trip: the stops, numbered markers, one line, and a share link in the address.
  await counter.click();
  await page.locator('.trip-stop').nth(2).waitFor();
  assert.deepEqual(await stopKeys(page), ['sece', 'viesite', 'ev:apmacibas-ilgas-2022']);
  const markers = page.locator('.route-marker');
  await markers.nth(1).waitFor();
  assert.deepEqual(await markers.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))), ['1. Sece', '2. Viesīte']);
  assert.equal(await page.locator('.route-line').count(), 1);
  assert.match(await page.locator('.route-line').getAttribute('points'), /^[\d.-]+,[\d.-]+ [\d.-]+,[\d.-]+$/);
  // The event has no located place: listed with a note, not drawn.
  assert.match(await page.locator('.trip-stop').nth(2).textContent(), /Nav pārbaudītas atrašanās vietas/);
  assert.match(page.url(), /\/trip\?d=sece,viesite,ev:apmacibas-ilgas-2022&mode=car/);

  // Reorder with the keyboard: focus stays on the moved stop, and it is announced.
  await page.locator('.trip-stop[data-key="sece"] .move-down').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.trip-stop')?.dataset.key === 'viesite');
  assert.deepEqual(await stopKeys(page), ['viesite', 'sece', 'ev:apmacibas-ilgas-2022']);
  await page.waitForFunction(() => document.activeElement?.closest('.trip-stop')?.dataset.key === 'sece');
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('move-down')));
  assert.equal((await page.locator('[aria-live="polite"]').filter({ hasText: 'pārvietota' }).textContent()).trim(), 'Sece pārvietota uz 2. vietu');
  assert.match(page.url(), /d=viesite,sece,ev:apmacibas-ilgas-2022/);

  // Reload: still there, in the new order.
  await page.reload();
  await page.locator('.trip-stop').nth(2).waitFor();
  assert.deepEqual(await stopKeys(page), ['viesite', 'sece', 'ev:apmacibas-ilgas-2022']);
  assert.equal(await page.locator('h1').textContent(), 'Mans ceļojums');
  const shareLink = page.url();

  // A fresh browser (no storage): the same trip, shown as shared.
  await withPage(env, { now: NOW }, async ({ page: other }) => {
    await other.goto(shareLink);
    await other.locator('.trip-stop').nth(2).waitFor();
    assert.equal(await other.locator('h1').textContent(), 'Kopīgots ceļojums');
    assert.deepEqual(await stopKeys(other), ['viesite', 'sece', 'ev:apmacibas-ilgas-2022']);
    assert.equal(await other.locator('.trip-counter').getAttribute('aria-label'), 'Ceļojums: 0 vietas');
    await other.getByRole('button', { name: 'Saglabāt kā manu ceļojumu' }).click();
    await other.waitForFunction(() => document.querySelector('h1')?.textContent === 'Mans ceļojums');
    assert.equal(await other.locator('.trip-counter').getAttribute('aria-label'), 'Ceļojums: 3 vietas');
    const stored = JSON.parse(await other.evaluate(() => localStorage.getItem('selijas-salas.trip')));
    assert.deepEqual(stored, { v: 1, days: [['viesite', 'sece', 'ev:apmacibas-ilgas-2022']], mode: 'car' });
  });

  // Someone else's trip never silently replaces a non-empty own one: asked inline.
  await page.goto(`${env.base}/trip?d=nereta;zalve&mode=foot`);
  await page.locator('.trip-stop').nth(1).waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Kopīgots ceļojums');
  await page.getByRole('button', { name: 'Saglabāt kā manu ceļojumu' }).click();
  const yes = page.getByRole('button', { name: 'Aizstāt' });
  await yes.waitFor();
  assert.ok(await yes.evaluate((el) => el === document.activeElement));
  assert.equal(await page.locator('.trip-counter').getAttribute('aria-label'), 'Ceļojums: 3 vietas');
  await yes.click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Mans ceļojums');
  assert.equal(await page.locator('.trip-counter').getAttribute('aria-label'), 'Ceļojums: 2 vietas');
  assert.equal(await page.locator('.route-line').count(), 0, 'one stop a day: no lines');
  assert.equal(await page.locator('.route-marker').count(), 2);
  void context;
}));

test('storage that throws: the trip works from the link and says so once', () => withPage(env, { now: NOW }, async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(`${env.base}/trip?d=sece,viesite&mode=car`);
  await page.locator('.trip-stop').nth(1).waitFor();
  assert.deepEqual(await stopKeys(page), ['sece', 'viesite']);
  const notice = page.locator('.trip-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /neļauj saglabāt/);
  // Saving and editing still work (in the URL), and the notice is not repeated.
  await page.getByRole('button', { name: 'Saglabāt kā manu ceļojumu' }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Mans ceļojums');
  await page.locator('.trip-stop[data-key="sece"] .move-down').click();
  await page.waitForFunction(() => location.search.includes('d=viesite,sece'));
  assert.equal(await notice.count(), 1);
}));

test('downloads parse, and directions links list the stops in order', () => withPage(env, { now: NOW }, async ({ page }) => {
  await page.goto(`${env.base}/trip?d=sece,viesite,nereta;zalve,ev:apmacibas-ilgas-2022&start=2022-03-18&mode=bicycle`);
  await page.locator('.trip-stop').nth(4).waitFor();
  // Two days: two colours of line (day 2 has one mapped stop: no line).
  assert.equal(await page.locator('.route-line').count(), 1);
  assert.equal(await page.locator('.trip-legend li').count(), 2);

  const [ics] = await Promise.all([page.waitForEvent('download'), page.locator('.trip-ics').click()]);
  const icsText = readFileSync(await ics.path(), 'utf8');
  assert.match(ics.suggestedFilename(), /\.ics$/);
  assert.match(icsText, /^BEGIN:VCALENDAR\r\n/);
  assert.match(icsText, /\r\nBEGIN:VEVENT\r\n/);
  assert.match(icsText, /SUMMARY:Tīkla mācības Ilgu muižā/);
  assert.match(icsText, /DTSTART;VALUE=DATE:20220318/);
  assert.match(icsText, /END:VCALENDAR\r\n$/);

  const [gpx] = await Promise.all([page.waitForEvent('download'), page.locator('.trip-gpx').click()]);
  const gpxText = readFileSync(await gpx.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      wpt: [...doc.getElementsByTagName('wpt')].map((w) => `${w.getAttribute('lat')},${w.getAttribute('lon')}`),
      rte: doc.getElementsByTagName('rte').length,
    };
  }, gpxText);
  assert.equal(parsed.error, 0);
  assert.equal(parsed.root, 'gpx');
  assert.equal(parsed.wpt.length, 4);
  assert.ok(parsed.rte >= 1);

  // Directions: the day's stops' coordinates, in order, in both links.
  const [s, v, n] = ['sece', 'viesite', 'nereta'].map(place);
  const osm = await page.locator('.trip-day').first().locator('.directions-osm').getAttribute('href');
  assert.ok(osm.startsWith('https://routing.openstreetmap.de/?'));
  assert.ok(osm.includes(`loc=${pair(s)}&loc=${pair(v)}&loc=${pair(n)}`), osm);
  assert.match(osm, /srv=1/);
  const google = await page.locator('.trip-day').first().locator('.directions-google').first().getAttribute('href');
  const g = new URL(google).searchParams;
  assert.equal(g.get('origin'), pair(s));
  assert.equal(g.get('waypoints'), pair(v));
  assert.equal(g.get('destination'), pair(n));
  assert.equal(g.get('travelmode'), 'bicycling');
  for (const a of await page.locator('.trip-directions a').all()) {
    assert.equal(await a.getAttribute('target'), '_blank');
    assert.equal(await a.getAttribute('rel'), 'noopener');
  }
}));

test('axe finds nothing serious on /trip (lv and en)', () => withPage(env, { now: NOW }, async ({ page }) => {
  for (const lang of ['lv', 'en']) {
    await page.goto(`${env.base}/trip?d=sece,viesite;ev:apmacibas-ilgas-2022&start=2022-03-18&lang=${lang}`);
    await page.locator('.trip-stop').nth(2).waitFor();
    await stable(page, 'main *');
    // Evaluated, not added as a <script>: the CSP allows no inline script.
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(found, [], `${lang}`);
  }
}));

test('a phone at 360 px: nothing scrolls sideways', () => withPage(env, { now: NOW, viewport: { width: 360, height: 740 } }, async ({ page }) => {
  await page.goto(`${env.base}/trip?d=sece,viesite;ev:apmacibas-ilgas-2022&start=2022-03-18`);
  await page.locator('.trip-stop').nth(2).waitFor();
  await stable(page, 'main *');
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${scroll} > ${client}`);
}));

test('print hides navigation and buttons', () => withPage(env, { now: NOW }, async ({ page }) => {
  await page.goto(`${env.base}/trip?d=sece,viesite&start=2022-03-18`);
  await page.locator('.trip-stop').nth(1).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await page.locator('.site-footer').isVisible(), false);
  const visibleButtons = await page.locator('button').evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
  assert.equal(visibleButtons, 0);
  assert.equal(await page.locator('.trip-map-column').isVisible(), false);
  assert.ok(await page.locator('.trip-stop').first().isVisible());
  assert.ok(await page.locator('.stop-coord').first().isVisible());
}));

test('an event at a place just visited is "turpat", not "~0,0 km"', () => withPage(env, { now: NOW }, async ({ page }) => {
  await page.goto(`${env.base}/trip?d=viesite,ev:selijas-kongress-3-2003,nereta`);
  await page.locator('.trip-stop').nth(2).waitFor();
  const legs = await page.locator('.stop-leg').allInnerTexts();
  assert.equal(legs.length, 2);
  assert.equal(legs[0], '↓ turpat');
  assert.match(legs[1], /^↓ ~\d+(,\d)? km taisnā līnijā/);
}));
