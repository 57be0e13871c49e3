// Offline after one visit: the service worker (src/pages/sw.js, written into
// the build by the page writer) precaches the app and its data on the first
// visit; after that the home page, the calendar, a place and an event all
// open with no network, and back online a changed dataset is picked up. A
// new build's worker is offered ("new version — reload"), never forced.
//
// These tests allow service workers (the harness blocks them by default)
// and serve a copy of the build and of the fixture, which they edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { start, withPage, waitForList, waitForAsync, fixture, FIXTURE, PNG } from './harness.js';

let env;
let work;
let dataFile;
let distCopy;
let shippedTiles;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'selija-offline-'));
  dataFile = path.join(work, 'selija.json');
  writeFileSync(dataFile, readFileSync(FIXTURE));
  distCopy = path.join(work, 'dist');
  cpSync(path.resolve(process.env.DIST || '../../dist-test'), distCopy, { recursive: true });
  env = await start({ data: dataFile, dist: distCopy });
  // The worker's own fetches escape the page's request routes, which block
  // the tile server in every other test, and a context-wide route breaks
  // offline navigations in Playwright: so this copy of the build asks our
  // own server for tiles (absolute: the app takes only http(s) templates),
  // a 404 unless a test puts tiles there, and no test here ever reaches
  // tile.openstreetmap.org.
  const tiles = `${env.base}/test-tiles/`;
  for (const file of htmlFiles(distCopy)) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(
      'content="https://tile.openstreetmap.org/{z}/{x}/{y}.png"', `content="${tiles}{z}/{x}/{y}.png"`));
    rmSync(file + '.br', { force: true });
    rmSync(file + '.gz', { force: true });
  }
  // The worker caches the tiles of that template: the build wrote the
  // shipped one into sw.js (checked below); this copy gets the test's.
  const swFile = path.join(distCopy, 'sw.js');
  shippedTiles = readFileSync(swFile, 'utf8').match(/const TILE_SOURCE = "([^"]*)";/)?.[1];
  writeFileSync(swFile, readFileSync(swFile, 'utf8').replace(/const TILE_SOURCE = "[^"]*";/, `const TILE_SOURCE = "${tiles}";`));
  rmSync(swFile + '.br', { force: true });
  rmSync(swFile + '.gz', { force: true });
});

after(async () => {
  await env?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

// Missing tiles (above) and, offline, anything not cached fail as they may.
const opts = { serviceWorkers: 'allow', ignoreErrors: /test-tiles\/|ERR_INTERNET_DISCONNECTED/ };

/** The worker's precache list and version, as the build wrote them. */
function worker() {
  const sw = readFileSync(path.join(distCopy, 'sw.js'), 'utf8');
  return {
    sw,
    files: JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]),
    version: sw.match(/const VERSION = "([^"]+)";/)[1],
  };
}

/**
 * Opens `/`, then waits until the worker controls the page and holds every
 * precached file: from then on the visit can go offline.
 */
async function firstVisit(page, context) {
  await page.goto(env.base + '/');
  await waitForList(page);
  const { files, version } = worker();
  await waitForAsync(page, async ({ files, version }) => {
    if (!navigator.serviceWorker.controller) return false;
    const cache = await caches.open(`selija-${version}`);
    const keys = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
    return files.every((f) => keys.includes(f));
  }, { files, version }, { timeout: 20000 });
}

/** The app itself is running (not only the pre-rendered page). */
async function appStarted(page) {
  await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
}

test('the build writes a worker that precaches the shell, the data and the icons', () => {
  const { files, version } = worker();
  assert.match(version, /^[0-9a-f]{16}$/);
  for (const f of ['index.html', 'index.en.html', 'data/selija.json', 'manifest.webmanifest', 'favicon.svg', 'icons/icon-192.png', 'icons/icon-512.png']) {
    assert.ok(files.includes(f), `${f} precached`);
  }
  assert.ok(files.some((f) => /^selijas-salas-[0-9a-f]{8,16}_bg\.wasm$/.test(f)), 'the wasm');
  assert.ok(files.some((f) => /^selijas-salas-[0-9a-f]{8,16}\.js$/.test(f)), 'the bindings');
  assert.ok(files.some((f) => /^boot-[0-9a-f]{16}\.js$/.test(f)), 'the loader');
  assert.ok(files.some((f) => /^early-[0-9a-f]{16}\.js$/.test(f)), 'the early script (src/pages/early.js)');
  // The stylesheet is inside every page (src/pages/style.rs): no request.
  assert.ok(!files.some((f) => f.endsWith('.css')), 'no stylesheet file');
  assert.ok(!files.some((f) => f.startsWith('place/') || f.endsWith('.br') || f === 'sw.js'));
  // Every listed file exists.
  for (const f of files) readFileSync(path.join(distCopy, f));
  // The manifest: installable, in the site's colours.
  const manifest = JSON.parse(readFileSync(path.join(distCopy, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.theme_color, '#8c1f32');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, '.');
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  const shell = readFileSync(path.join(distCopy, 'index.html'), 'utf8');
  assert.match(shell, /<link rel="manifest" href="manifest.webmanifest"/);
  assert.match(shell, /<link rel="apple-touch-icon"/);
});

test('after one visit, home, calendar, a place and an event open offline; back online new data shows', () => withPage(env, opts, async ({ page, context }) => {
  await firstVisit(page, context);
  const place = fixture.places.find((p) => p.id === 'sece');
  const event = fixture.events.find((e) => e.id === 'selijas-kongress-1-1999');

  // One navigation through the worker while still online, so the page is
  // surely its client before the network goes. (Without it, one full run
  // in three failed the offline reload with ERR_INTERNET_DISCONNECTED, as
  // if the worker had not answered; alone the test always passed. Not
  // explained yet: see the closing note of the offline issue.)
  await page.reload();
  await waitForList(page);
  await context.setOffline(true);
  await page.reload();
  await appStarted(page);
  await waitForList(page);
  assert.match(await page.locator('.count').innerText(), new RegExp(`\\b${fixture.places.length}\\b`));
  // The map is there, on its own base map (no tiles offline).
  await page.locator('.map-base').first().waitFor();
  // And the visitor is told why.
  await page.locator('.offline-note').waitFor();

  await page.goto(env.base + '/calendar?month=1999-05');
  await appStarted(page);
  await page.locator('.month-grid').waitFor();
  await page.locator('.bar', { hasText: event.title.lv }).first().waitFor();

  await page.goto(env.base + '/calendar?view=list');
  await appStarted(page);
  await page.locator('.agenda-events').first().waitFor();

  await page.goto(env.base + `/place/${place.id}`);
  await appStarted(page);
  await page.getByRole('heading', { name: place.name.lv, level: 1 }).waitFor();

  await page.goto(env.base + `/event/${event.id}`);
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: event.title.lv }).waitFor();

  // Back online, a dataset edited meanwhile is the one shown.
  const edited = structuredClone(fixture);
  edited.places.find((p) => p.id === place.id).name.lv = 'Sece (labots)';
  writeFileSync(dataFile, JSON.stringify(edited));
  try {
    await context.setOffline(false);
    await page.goto(env.base + `/place/${place.id}`);
    await appStarted(page);
    await page.getByRole('heading', { name: 'Sece (labots)', level: 1 }).waitFor();
    assert.equal(await page.locator('.offline-note').count(), 0);
  } finally {
    writeFileSync(dataFile, readFileSync(FIXTURE));
  }
}));

test('offline, a page never visited opens on the shell in the visitor\'s language', () => withPage(env, { ...opts, locale: 'en-GB' }, async ({ page, context }) => {
  await firstVisit(page, context);
  await page.reload();
  await waitForList(page);
  await context.setOffline(true);
  const event = fixture.events.find((e) => e.id === 'selijas-kongress-1-1999');
  // Not visited, so not among the kept pages: the worker answers with the
  // English shell, whose first screen is English before the app starts.
  // (Read from the response: the cached app may start before any check.)
  const shell = async (url) => {
    const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
    assert.ok(response.fromServiceWorker(), `${url} from the worker`);
    return response.text();
  };
  const english = await shell(`${env.base}/event/${event.id}`);
  assert.match(english, /<html lang="en">/);
  assert.match(english, /<nav class="site-nav" aria-label="Main navigation"><a href="\.\/"[^>]*>Places<\/a>/);
  await appStarted(page);
  await page.getByRole('heading', { level: 1, name: event.title.en }).waitFor();
  // A link asking for Latvian gets the Latvian one.
  const latvian = await shell(`${env.base}/calendar?lang=lv`);
  assert.match(latvian, /<html lang="lv">/);
  assert.match(latvian, />Vietas<\/a>/);
  await appStarted(page);
}));

// Tiles are cached as the map shows them (never fetched ahead: OSM's tile
// policy), and kept for offline use.
/** Serves every tile from our server (serve.py's stand-in), lets the map
 *  show them through the worker, and returns the tiles it then stored. */
async function cacheShownTiles(page, context) {
  // Our tile server answers every tile (serve.py's stand-in), so the map
  // never falls back to its base map while online.
  mkdirSync(path.join(distCopy, 'test-tiles'), { recursive: true });
  writeFileSync(path.join(distCopy, 'test-tiles', 'tile.png'), PNG);
  let kept;
  try {
    await firstVisit(page, context);
    // Now through the worker: every tile the map shows ends up cached.
    await page.reload();
    await appStarted(page);
    // (All of them loaded: offline, a tile missing from the cache fails,
    // and after two failures the map rightly shows its base map instead.)
    const shown = await page.waitForFunction(() => {
      const tiles = [...document.querySelectorAll('.map img.tile')];
      return tiles.length > 0 && tiles.every((t) => t.complete && t.naturalWidth > 0)
        && tiles.map((t) => new URL(t.src).pathname);
    }, null, { timeout: 15000, polling: 100 }).then((h) => h.jsonValue());
    await waitForAsync(page, async (want) => {
      const keys = (await (await caches.open('selija-tiles')).keys()).map((r) => new URL(r.url).pathname);
      return want.every((p) => keys.includes(p));
    }, shown, { timeout: 15000 });
    kept = await page.evaluate(async () => (await (await caches.open('selija-tiles')).keys()).map((r) => new URL(r.url).pathname));
    assert.ok(kept.every((p) => p.startsWith('/test-tiles/')), `only tiles are kept there: ${kept}`);
  } finally {
    rmSync(path.join(distCopy, 'test-tiles'), { recursive: true, force: true });
  }
  return kept;
}

test('map tiles the map shows online are cached, and only tiles', () => withPage(env, opts, async ({ page, context }) => {
  assert.equal(shippedTiles, 'https://tile.openstreetmap.org/', "the build took the worker's tile prefix from <meta name=tile-url>");
  const kept = await cacheShownTiles(page, context);
  assert.ok(kept.length > 0);
}));

// (This was flaky, one run in eight to ten, while firstVisit's wait was a
// waitForFunction with an async check, which Playwright ends at once: the
// reload then sometimes came before the worker controlled the page, and
// the tiles went past it. See waitForAsync in harness.js.)
test('map tiles seen online are still there offline', () => withPage(env, opts, async ({ page, context }) => {
  const kept = await cacheShownTiles(page, context);
  // Offline (and gone from the server too): the tiles it saw are in the
  // cache the worker answers tiles from, as images.
  await context.setOffline(true);
  await page.reload();
  await appStarted(page);
  const cached = await page.evaluate(async (u) => {
    const hit = await (await caches.open('selija-tiles')).match(new URL(u, location.href).href);
    return hit && [hit.status, hit.headers.get('content-type'), (await hit.arrayBuffer()).byteLength];
  }, kept[0]);
  assert.deepEqual(cached, [200, 'image/png', PNG.length]);
}));

test('the offline note comes and goes with the network', () => withPage(env, opts, async ({ page, context }) => {
  await page.goto(env.base + '/');
  await waitForList(page);
  assert.equal(await page.locator('.offline-note').count(), 0);
  await context.setOffline(true);
  await page.getByRole('status').filter({ hasText: /Bezsaistē/ }).waitFor();
  await context.setOffline(false);
  await page.locator('.offline-note').waitFor({ state: 'detached' });
}));

// A new build while the visitor has the app open. (Reloading the only page
// is not that: between the old document and the new one no page uses the
// old version, so the browser may rightly switch at once — which is what
// made this test flaky when it reloaded.) The app also asks for a new
// sw.js as it starts (src/web/sw.rs), so a second tab finds it.
test('a new build is offered, and taken only when the visitor asks', () => withPage(env, opts, async ({ page, context }) => {
  await firstVisit(page, context);
  const { sw, version } = worker();
  const swPath = path.join(distCopy, 'sw.js');
  try {
    writeFileSync(swPath, sw.replace(`const VERSION = "${version}";`, 'const VERSION = "0000000000000001";'));
    const second = await context.newPage();
    await second.goto(env.base + '/calendar');
    await appStarted(second);
    const reload = second.getByRole('button', { name: 'Pārlādēt' });
    await reload.waitFor({ timeout: 20000 }).catch(async (e) => {
      // Say what the worker was doing, so a failure can be explained.
      const state = await second.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const w = (x) => x && `${x.state} ${x.scriptURL}`;
        return { controlled: !!navigator.serviceWorker.controller, installing: w(r?.installing), waiting: w(r?.waiting), active: w(r?.active), caches: await caches.keys() };
      }).catch((err) => String(err));
      throw new Error(`no offer: ${JSON.stringify(state)}\n${e.message}`);
    });
    await second.getByText('Pieejama jauna versija.').waitFor();
    // The first tab, open all along, is offered it too.
    await page.getByRole('button', { name: 'Pārlādēt' }).waitFor();
    // Not forced: the new version waits, the old one still runs both tabs.
    assert.ok(await second.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting));
    assert.ok(await second.evaluate((v) => caches.has(`selija-${v}`), version));
    await Promise.all([second.waitForEvent('load'), reload.click()]);
    await appStarted(second);
    await waitForAsync(second, () => caches.has('selija-0000000000000001'), null, { timeout: 20000 });
    // The old version's cache is gone, and no prompt is left.
    await waitForAsync(second, async (v) => !(await caches.has(`selija-${v}`)), version, { timeout: 10000 });
    assert.equal(await second.getByRole('button', { name: 'Pārlādēt' }).count(), 0);
  } finally {
    writeFileSync(swPath, sw);
  }
}));

test('embeds never register the worker', () => withPage(env, opts, async ({ page }) => {
  await page.goto(env.base + '/embed');
  await page.locator('.place-list li, .map-base').first().waitFor({ timeout: 15000 });
  // Give a registration (if any) the time to be visible.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
}));
