// The map in a real headless Chromium: markers, clusters, panel, gestures,
// tiles and the offline fallback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, withPage, stable, poll, fixture, plural, PNG } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const at = (page) => {
  const v = new URL(page.url()).searchParams.get('at');
  if (!v) return null;
  const [zoom, lat, lon] = v.split('/').map(Number);
  return { zoom, lat, lon };
};

/**
 * Runs `body` on the home page at `url` once its map has markers; `map` is
 * the map's region.
 */
function map(url, opts, body) {
  if (typeof opts === 'function') [opts, body] = [{}, opts];
  return withPage(env, opts, async (p) => {
    await p.page.goto(env.base + url);
    const m = p.page.getByRole('region', { name: /^(Karte|Map)$/ });
    await m.locator('.marker, .cluster').first().waitFor({ timeout: 15000 });
    await body({ ...p, map: m });
  });
}

/** Waits until `at=` differs from `before`. */
async function atChange(page, before) {
  await page.waitForFunction((b) => {
    const v = new URL(location.href).searchParams.get('at');
    return v && v !== b;
  }, before ? `${before.zoom.toFixed(2)}/${before.lat.toFixed(4)}/${before.lon.toFixed(4)}` : null, { timeout: 5000 });
  return at(page);
}

test('markers are buttons named after their places', () => map('/?at=12.00/56.3475/25.5551', async ({ map: m }) => {
  await m.getByRole('button', { name: 'Viesīte', exact: true }).waitFor();
  assert.equal(await m.getByRole('button', { name: 'Viesīte', exact: true }).evaluate((b) => b.tagName), 'BUTTON');
  // Only markers near the view are in the DOM: far-away Kaplava is not.
  assert.equal(await m.getByRole('button', { name: 'Kaplava', exact: true }).count(), 0);
}));

test('clusters are named after their counts, and together count every mapped place', () => map('/', async ({ page, map: m }) => {
  // The first view fits every place with coordinates.
  const mapped = fixture.places.filter((p) => p.lat !== undefined).length;
  await page.waitForFunction((n) => [...document.querySelectorAll('.map .marker, .map .cluster')]
    .reduce((sum, el) => sum + (el.classList.contains('cluster') ? Number(el.innerText) : 1), 0) === n, mapped);
  const clusters = await m.locator('.cluster').all();
  assert.ok(clusters.length > 0, 'the fitted view has clusters');
  for (const c of clusters) {
    const n = Number(await c.innerText());
    assert.equal(await c.getAttribute('aria-label'), `${n} ${plural(n, 'vieta', 'vietas')}`);
  }
}));

test('a cluster opens into its places', () => map('/?at=8.00/56.1500/26.0000', async ({ page, map: m }) => {
  const before = await m.locator('.marker, .cluster').count();
  const cluster = m.locator('.cluster').first();
  const n = Number(await cluster.innerText());
  await cluster.click();
  const after = await atChange(page, { zoom: 8, lat: 56.15, lon: 26 });
  assert.ok(after.zoom > 8, `zoomed in to ${after.zoom}`);
  await page.waitForFunction((b) => document.querySelectorAll('.map .marker, .map .cluster').length !== b, before);
  const singles = await m.locator('.marker').count();
  assert.ok(singles >= 1, 'single places appear');
  assert.ok(n > 1);
}));

test('wheel over the right half zooms in and moves the centre towards the cursor', () => map('/?at=9.00/56.2000/26.0000', { reducedMotion: 'reduce' }, async ({ page, map: m }) => {
  const box = await m.boundingBox();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  const v = await atChange(page, { zoom: 9, lat: 56.2, lon: 26 });
  assert.ok(v.zoom > 9, `zoom ${v.zoom}`);
  assert.equal(v.zoom, Math.round(v.zoom), 'the zoom settles on a level');
  assert.ok(v.lon > 26.0, `centre moved east: ${v.lon}`);
  assert.ok(Math.abs(v.lat - 56.2) < 0.01, `latitude kept: ${v.lat}`);
}));

test('a mouse drag pans the map and updates at=', () => map('/?at=9.00/56.2000/26.0000', { reducedMotion: 'reduce' }, async ({ page, map: m }) => {
  const box = await m.boundingBox();
  // Start on empty map (left edge, mid height), drag 200 px left.
  const x = box.x + box.width - 80, y = box.y + box.height - 60;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x - 20 * i, y);
  await page.mouse.up();
  const v = await atChange(page, { zoom: 9, lat: 56.2, lon: 26 });
  // 200 px at zoom 9 is 200 / (256 · 2^9) of 360°.
  const expected = 26 + (200 / (256 * 2 ** 9)) * 360;
  assert.ok(Math.abs(v.lon - expected) < 0.002, `lon ${v.lon}, expected ${expected}`);
  assert.ok(Math.abs(v.lat - 56.2) < 0.001);
  assert.equal(v.zoom, 9);
}));

test('keyboard: + zooms in, arrows pan, and the keys are explained', () => map('/?at=9.00/56.2000/26.0000', async ({ page, map: m }) => {
  await m.focus();
  assert.match(await page.locator('#map-keys').innerText(), /bultiņas/);
  await page.keyboard.press('+');
  let v = await atChange(page, { zoom: 9, lat: 56.2, lon: 26 });
  assert.equal(v.zoom, 10);
  await page.keyboard.press('ArrowRight');
  const v2 = await atChange(page, v);
  assert.ok(v2.lon > v.lon);
  await page.keyboard.press('-');
  const v3 = await atChange(page, v2);
  assert.equal(v3.zoom, 9);
}));

/**
 * Tabs through the map's markers from `at`, checking each focused one is
 * painted inside the map, and that every marker drawn at the start (view
 * and margin) was reached once.
 */
const tabWalk = (at) => map(`/?tiles=off&at=${at}`, async ({ page, map: m }) => {
  // The markers the map draws at the start, numbered (clusters have no id
  // of their own): Tab must reach every one of them, once (the walk may go
  // on to markers the map brings in as it follows).
  const start = await m.locator('.marker, .cluster').evaluateAll((els) => els.map((e, i) => {
    e.dataset.walk = String(i);
    return e.getAttribute('aria-label');
  }));
  assert.ok(start.length >= 3, `${start.length} markers to walk: ${start.join('|')}`);
  await m.focus();
  const visited = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    // Measured as the next frame is painted (a browser's scroll events,
    // and the map's answer to them, come before that).
    const seen = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => {
      const el = document.activeElement;
      const map = document.querySelector('.map');
      if (!el.matches('.map .marker, .map .cluster')) return done(null);
      const r = el.getBoundingClientRect(), b = map.getBoundingClientRect();
      done({
        inView: r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom,
        scrolled: map.scrollLeft + map.scrollTop,
        name: el.getAttribute('aria-label'),
        walk: el.dataset.walk,
      });
    })));
    if (!seen) break; // past the markers, on to the controls
    assert.equal(seen.scrolled, 0, `the map's box scrolled for ${seen.name}`);
    assert.ok(seen.inView, `${seen.name} was focused outside the map`);
    visited.push(seen);
  }
  const names = visited.map((v) => v.name).join('|');
  const fromStart = visited.filter((v) => v.walk !== undefined).map((v) => Number(v.walk));
  assert.equal(new Set(fromStart).size, fromStart.length, `a marker focused twice: ${names}`);
  assert.equal(fromStart.length, start.length, `${fromStart.length} of the ${start.length} markers at the start reached: ${names}`);
  // The controls are still where they belong.
  const [c, b] = await Promise.all([page.locator('.map-controls').boundingBox(), m.boundingBox()]);
  assert.ok(c.y >= b.y && c.x + c.width <= b.x + b.width);
});

// At zoom 9 around Viesīte some markers start outside the view, so the map
// must follow.
test('Tab walks the markers and the map follows: each focused one is in view', () => tabWalk('9.00/56.3475/25.5551'));

// Known bug, kept visible without failing the suite: at zoom 11 the map,
// following focus north-east to Dignāja, drops the markers ahead of it in
// Tab order (Kūliņu, Sauka, Lone… in view at the start) from the DOM, so
// Tab leaves the map after 14 of the 29 markers.
test('Tab reaches every marker drawn at the start, also where following the focus pans far', () => tabWalk('11.00/56.3475/25.5551'));

test('a marker opens the panel; Esc closes it and focus returns to the marker', () => map('/?at=12.00/56.3475/25.5551', async ({ page, map: m }) => {
  const marker = m.getByRole('button', { name: 'Viesīte', exact: true });
  await marker.click();
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Viesīte' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('p'), 'viesite');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Viesīte', 'focus moved into the panel');
  assert.ok(await panel.getByRole('link', { name: 'Sīkāk' }).isVisible());
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assert.equal(new URL(page.url()).searchParams.get('p'), null);
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-place') === 'viesite');
  // The list item of a selected place is highlighted, and vice versa.
  await page.locator('.place-item').filter({ hasText: 'Aknīste' }).getByRole('button', { name: 'Aknīste', exact: true }).click();
  await panel.getByRole('heading', { name: 'Aknīste' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('p'), 'akniste');
  await m.locator('.marker.is-selected[data-place="akniste"]').waitFor();
  // Opened from the list, Esc gives focus back to the list's button.
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.closest('.place-list') && document.activeElement.textContent === 'Aknīste');
}));

test('Enter on a cluster zooms in and keeps the keyboard in the map', () => map('/?tiles=off&at=8.00/56.1500/26.0000', { reducedMotion: 'reduce' }, async ({ page, map: m }) => {
  const cluster = m.locator('.cluster').first();
  await cluster.focus();
  await page.keyboard.press('Enter');
  await atChange(page, { zoom: 8, lat: 56.15, lon: 26 });
  // The cluster's button goes as the map zooms in; focus must end up in
  // the map (on it or one of its markers), never on the page's body.
  await stable(page, '.map .marker, .map .cluster');
  const active = await page.evaluate(() => {
    const e = document.activeElement;
    return e && (e.matches('.map') || !!e.closest('.map')) ? e.className : `lost to ${e?.tagName}`;
  });
  assert.match(active, /map|marker|cluster/, active);
}));

test('a filter change fits the map to its places and drops at=', () => map('/?at=12.00/56.3475/25.5551', async ({ page, map: m }) => {
  await page.getByRole('checkbox', { name: /Krāslavas novads/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('at') === null);
  assert.equal(new URL(page.url()).searchParams.get('m'), 'kraslava');
  // Every mapped Krāslava place is now in view: markers or clusters adding up to their number.
  const mapped = fixture.places.filter((p) => p.municipality === 'kraslava' && p.lat !== undefined).length;
  await page.waitForFunction((mapped) => {
    const n = [...document.querySelectorAll('.map .marker, .map .cluster')]
      .reduce((sum, el) => sum + (el.classList.contains('cluster') ? Number(el.innerText) : 1), 0);
    return n === mapped;
  }, mapped);
  const mb = await m.boundingBox();
  for (const b of await m.locator('.marker, .cluster').all()) {
    const r = await b.boundingBox();
    assert.ok(r.x >= mb.x && r.x + r.width <= mb.x + mb.width && r.y >= mb.y && r.y + r.height <= mb.y + mb.height, 'inside the map');
  }
}));

test('a link with p= opens with the place selected and centred beside its panel', () => map('/?p=kaplava&lang=en', async ({ page, map: m }) => {
  await page.locator('.map-panel').getByRole('heading', { name: 'Kaplava' }).waitFor();
  const marker = m.locator('.marker[data-place="kaplava"]');
  const mb = await m.boundingBox();
  const kb = await marker.boundingBox();
  const pb = await page.locator('.map-panel').boundingBox();
  assert.ok(Math.abs(kb.y + kb.height / 2 - (mb.y + mb.height / 2)) < 2, 'centred vertically');
  // Horizontally, in the middle of the map's strip right of the panel.
  const strip = (pb.x + pb.width + mb.x + mb.width) / 2;
  assert.ok(Math.abs(kb.x + kb.width / 2 - strip) < 2, `centred in the strip at ${strip}: ${kb.x + kb.width / 2}`);
  assert.ok(await page.locator('.place-item.is-selected').filter({ hasText: 'Kaplava' }).count() === 1);
}));

test('the unmapped Grīva is listed, marked, and has no marker', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/?m=daugavpils');
  await page.locator('.place-list').getByText('atrašanās vieta nav pārbaudīta').waitFor();
  assert.equal(await page.locator('.map .marker, .map .cluster').count(), 0);
  // The map says why it is empty.
  assert.match(await page.locator('.map-notice-unmapped').innerText(), /^1 vieta nav kartē/);
}));

test('tiles from a tile server appear where the viewport maths puts them', () => withPage(env, { tiles: 'serve' }, async ({ page, tileRequests: served }) => {
  await page.goto(env.base + '/?at=10.00/56.3475/25.5551');
  const tile = page.locator('.map img.tile[data-tile="10/584/317"]');
  await tile.waitFor();
  const m = await page.locator('.map').boundingBox();
  const t = await tile.boundingBox();
  // Web Mercator, independently of the app: the centre's world pixel.
  const lat = 56.3475 * Math.PI / 180;
  const s = 256 * 2 ** 10;
  const cx = (25.5551 + 180) / 360 * s;
  const cy = (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * s;
  const expectX = m.x + m.width / 2 + (584 * 256 - cx);
  const expectY = m.y + m.height / 2 + (317 * 256 - cy);
  assert.ok(Math.abs(t.x - expectX) < 1.5, `x ${t.x} vs ${expectX}`);
  assert.ok(Math.abs(t.y - expectY) < 1.5, `y ${t.y} vs ${expectY}`);
  assert.equal(Math.round(t.width), 256);
  assert.ok(served.includes('/10/584/317.png'));
  // Only the visible tiles plus a small buffer are requested.
  assert.ok(served.length <= 30, `${served.length} tiles requested`);
  assert.equal(await page.locator('.map-notice[role=status]').count(), 0, 'no fallback notice');
  assert.match(await page.locator('.map-attribution').innerText(), /OpenStreetMap/);
}));

test('tiles that leave the view are taken out; a new zoom replaces the old level', () => withPage(env, { reducedMotion: 'reduce', tiles: 'serve' }, async ({ page }) => {
  await page.goto(env.base + '/?at=10.00/56.3475/25.5551');
  await page.locator('.map img.tile[data-tile="10/584/317"]').waitFor();
  const tiles = () => page.locator('.map img.tile').evaluateAll((imgs) => imgs.map((i) => i.dataset.tile));
  const before = await tiles();
  // 100 px per key press: 9 presses take the view three and a half tiles east.
  const m = page.getByRole('region', { name: 'Karte' });
  await m.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await page.locator('.map img.tile[data-tile="10/588/317"]').waitFor();
  const after = await tiles();
  assert.ok(!after.includes('10/584/317'), `the tile left behind is gone: ${after}`);
  const columns = after.map((t) => Number(t.split('/')[1]));
  assert.ok(Math.min(...columns) >= 585, `no column west of the buffer: ${after}`);
  assert.ok(after.length <= before.length + 8, `${after.length} tiles kept, ${before.length} at first`);
  assert.equal(new Set(after).size, after.length, 'each tile once');
  // One level in: only level-11 tiles remain.
  await page.keyboard.press('+');
  await page.locator('.map img.tile[data-tile^="11/"]').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('.map img.tile')].every((i) => i.dataset.tile.startsWith('11/')));
}));

test('the tile server is configurable in index.html', () => withPage(env, async ({ page }) => {
  await page.route(/\/($|\?)/, async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace(/(<meta name="tile-url" content=")[^"]*/, '$1https://tiles.example.test/{z}/{x}/{y}.png');
    // Another tile server is also named in the CSP's img-src (README).
    const headers = res.headers();
    headers['content-security-policy'] = headers['content-security-policy'].replace('https://tile.openstreetmap.org', 'https://tiles.example.test');
    route.fulfill({ response: res, body: html, headers });
  });
  const asked = [];
  await page.route(/tiles\.example\.test/, (route) => {
    asked.push(new URL(route.request().url()).pathname);
    route.fulfill({ contentType: 'image/png', body: PNG });
  });
  await page.goto(env.base + '/?at=10.00/56.3475/25.5551');
  await page.locator('.map img.tile[data-tile="10/584/317"]').waitFor();
  assert.equal(await page.locator('.map img.tile[data-tile="10/584/317"]').getAttribute('src'), 'https://tiles.example.test/10/584/317.png');
  assert.ok(asked.includes('/10/584/317.png'));
}));

test('a failing tile server switches to the offline base map with a notice', () => withPage(env, { locale: 'en-GB', tiles: 'fail' }, async ({ page }) => {
  await page.goto(env.base + '/?at=9.00/56.2000/26.0000');
  await page.getByText('Online map tiles are unavailable').waitFor();
  assert.equal(await page.locator('.map img.tile').count(), 0);
  // The base map's lines are built into the app.
  await page.waitForFunction(() => (document.querySelector('.map-base .map-outline')?.getAttribute('d') || '').length > 100);
  assert.ok((await page.locator('.map-base .map-river').getAttribute('d')).length > 100);
}));

test('municipality labels stay readable: inside the map, clear of markers and of each other', () => map('/?tiles=off', { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
  // The fitted view of all places, as a first visit shows it: each label's
  // own point is where its municipality's markers crowd. A label for every
  // municipality with mapped places.
  const mapped = new Set(fixture.places.filter((p) => p.lat !== undefined).map((p) => p.municipality)).size;
  await page.waitForFunction((n) => document.querySelectorAll('.map-base .map-label').length >= n, mapped);
  await stable(page, '.map-base .map-label, .map .marker-dot, .map .cluster');
  const boxes = await page.evaluate(() => {
    const rect = (e) => { const r = e.getBoundingClientRect(); return { l: r.left, t: r.top, r: r.right, b: r.bottom, name: e.textContent }; };
    return {
      map: rect(document.querySelector('.map')),
      labels: [...document.querySelectorAll('.map-base .map-label')].map(rect),
      markers: [...document.querySelectorAll('.map .marker-dot, .map .cluster')].map(rect),
    };
  });
  const meet = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
  const shown = boxes.labels.filter((l) => meet(l, boxes.map));
  assert.ok(shown.length >= mapped, JSON.stringify(boxes.labels));
  for (const l of shown) {
    assert.ok(l.l >= boxes.map.l && l.r <= boxes.map.r && l.t >= boxes.map.t && l.b <= boxes.map.b, `${l.name} is cut by the map's edge`);
    for (const mk of boxes.markers) assert.ok(!meet(l, mk), `${l.name} lies under a marker`);
    for (const o of shown) assert.ok(o === l || !meet(l, o), `${l.name} overlaps ${o.name}`);
  }
}));

test('English map labels name the municipality without the word "Municipality", before and after the app starts', () => map('/?tiles=off&lang=en', { locale: 'en-GB', viewport: { width: 1280, height: 900 } }, async ({ page }) => {
  const want = fixture.municipalities.filter((m) => m.id !== 'daugavpils').map((m) => m.name.en.replace(/ Municipality$/, ''));
  // The pre-rendered picture in the English page, as the first paint shows it.
  const html = await (await page.request.get(env.base + '/index.en.html')).text();
  const early = [...html.matchAll(/<text class="map-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  assert.ok(early.length >= 3, html.slice(0, 200));
  // The live map, once it has placed its labels.
  await page.waitForFunction(() => document.querySelectorAll('.map-base .map-label').length >= 3);
  const live = await page.locator('.map-base .map-label').allTextContents();
  for (const names of [early, live]) {
    for (const n of names) {
      assert.doesNotMatch(n, /Municipality/i);
      assert.ok(want.includes(n) || n === 'Daugavpils – Grīva', `unexpected label ${n}`);
    }
  }
  // The filters keep the full name.
  await page.getByRole('checkbox', { name: /^Aizkraukle Municipality/ }).waitFor();
}));

test('tiles=off uses the base map without trying the tile server', () => withPage(env, async ({ page, tileRequests }) => {
  await page.goto(env.base + '/?tiles=off');
  await page.locator('.map .cluster, .map .marker').first().waitFor();
  assert.deepEqual(tileRequests, []);
  assert.equal(await page.locator('.map-notice[role=status]').count(), 0);
}));

test('cooperative gestures: plain wheel scrolls the page with a hint, Ctrl+wheel zooms', () => map('/?gestures=cooperative&at=9.00/56.2000/26.0000', { reducedMotion: 'reduce', viewport: { width: 1280, height: 700 } }, async ({ page, map: m }) => {
  const box = await m.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.locator('.map-hint').waitFor();
  assert.match(await page.locator('.map-hint').innerText(), /Ctrl/);
  assert.equal(at(page).zoom, 9, 'plain wheel does not zoom');
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  const v = await atChange(page, { zoom: 9, lat: 56.2, lon: 26 });
  assert.ok(v.zoom > 9);
}));

test('a place page map lets the page scroll over it, and keeps tiles=off', () => withPage(env, { viewport: { width: 1280, height: 600 }, reducedMotion: 'reduce' }, async ({ page, tileRequests }) => {
  await page.goto(env.base + '/place/viesite?tiles=off');
  const m = page.locator('.place-map .map');
  await m.locator('.marker.is-selected').waitFor();
  assert.deepEqual(tileRequests, [], 'no tile requested');
  assert.equal(await page.locator('.map-notice[role=status]').count(), 0, 'no fallback notice');
  const marker = await m.locator('.marker.is-selected').boundingBox();
  const box = await m.boundingBox();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await m.locator('.map-hint').waitFor();
  await page.waitForFunction((b) => window.scrollY > b, before);
  // The page moved, not the map: the marker keeps its place in the map.
  const [after, boxAfter] = await Promise.all([m.locator('.marker.is-selected').boundingBox(), m.boundingBox()]);
  assert.ok(Math.abs((after.x - boxAfter.x) - (marker.x - box.x)) < 1, 'the map did not zoom or pan');
  assert.ok(Math.abs((after.y - boxAfter.y) - (marker.y - box.y)) < 1, 'the map did not zoom or pan');
}));

test('cooperative gestures: one finger does not move the map, and says how', () => map('/?gestures=cooperative&at=9.00/56.2000/26.0000', { reducedMotion: 'reduce' }, async ({ page, map: m }) => {
  assert.equal(await m.evaluate((el) => getComputedStyle(el).touchAction), 'pan-x pan-y', 'the page may scroll');
  const box = await m.boundingBox();
  await m.evaluate((el, { x, y }) => {
    const r = el.getBoundingClientRect();
    const fire = (type, dx) => el.dispatchEvent(new PointerEvent(type, {
      pointerId: 7, pointerType: 'touch', isPrimary: true, bubbles: true, button: 0,
      clientX: r.left + x + dx, clientY: r.top + y,
    }));
    fire('pointerdown', 0);
    for (let i = 1; i <= 6; i++) fire('pointermove', -15 * i);
    fire('pointerup', -90);
  }, { x: box.width / 2, y: box.height / 2 });
  await page.locator('.map-hint', { hasText: 'diviem pirkstiem' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('at'), '9.00/56.2000/26.0000');
}));

test('pinch with two touch pointers zooms in', () => map('/?at=9.00/56.2000/26.0000', { reducedMotion: 'reduce' }, async ({ page, map: m }) => {
  const box = await m.boundingBox();
  const cx = box.width / 2, cy = box.height / 2;
  await m.evaluate((el, { cx, cy, r }) => {
    const fire = (type, id, x) => el.dispatchEvent(new PointerEvent(type, {
      pointerId: id, pointerType: 'touch', isPrimary: id === 1, bubbles: true, button: 0,
      clientX: el.getBoundingClientRect().left + x, clientY: el.getBoundingClientRect().top + cy,
    }));
    fire('pointerdown', 1, cx - 50); fire('pointerdown', 2, cx + 50);
    for (let i = 1; i <= 5; i++) { fire('pointermove', 1, cx - 50 - 10 * i); fire('pointermove', 2, cx + 50 + 10 * i); }
    fire('pointerup', 1, cx - 100); fire('pointerup', 2, cx + 100);
  }, { cx, cy, r: 50 });
  const v = await atChange(page, { zoom: 9, lat: 56.2, lon: 26 });
  // The fingers moved from 100 to 200 px apart: one level in.
  assert.ok(Math.abs(v.zoom - 10) < 0.05, `zoom ${v.zoom}`);
  assert.ok(Math.abs(v.lon - 26) < 0.01);
}));

test('on a phone the list and the map take turns', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await page.goto(env.base + '/');
  await page.locator('.place-list li').first().waitFor();
  assert.ok(!(await page.locator('.map').isVisible()));
  await page.getByRole('button', { name: 'Karte', exact: true }).click();
  await page.locator('.map .cluster, .map .marker').first().waitFor();
  assert.ok(!(await page.locator('.place-list').isVisible()));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0);
}));

test('on a phone a selected place stays in view above the panel sheet', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await page.goto(env.base + '/?p=jaunjelgava');
  await page.locator('.place-list li').first().waitFor();
  await page.getByRole('button', { name: 'Karte', exact: true }).click();
  const marker = page.locator('.map .marker.is-selected');
  await marker.waitFor();
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Jaunjelgava' }).waitFor();
  const [m, p, a] = await Promise.all([marker.boundingBox(), panel.boundingBox(), page.locator('.map-attribution').boundingBox()]);
  assert.ok(m.y + m.height <= p.y, `marker ${m.y + m.height} must be above the panel at ${p.y}`);
  assert.ok(p.y + p.height <= a.y, 'the panel clears the attribution');
}));

test('on a phone a long panel keeps "details" and "add to trip" in sight, and its map view no downloads', () => withPage(env, { viewport: { width: 375, height: 560 } }, async ({ page }) => {
  await page.goto(env.base + '/?p=akniste&view=map');
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Aknīste' }).waitFor();
  const scrolls = await panel.evaluate((el) => el.scrollHeight > el.clientHeight);
  assert.ok(scrolls, 'the panel is long enough to scroll');
  const box = await panel.boundingBox();
  for (const control of [panel.getByRole('link', { name: 'Sīkāk' }), panel.getByRole('button', { name: 'Pievienot ceļojumam: Aknīste' })]) {
    const b = await control.boundingBox();
    assert.ok(b.y >= box.y && b.y + b.height <= box.y + box.height + 1, `${await control.innerText()} at ${b.y}–${b.y + b.height}, panel ${box.y}–${box.y + box.height}`);
  }
  assert.ok(!(await page.locator('.downloads').isVisible()), 'the downloads are the list\'s');
}));

test('on a phone a place chosen in the list opens on the map, and Back from its page returns there', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await page.goto(env.base + '/?tiles=off');
  await page.locator('.place-list li').first().waitFor();
  await page.locator('.place-list').getByRole('button', { name: 'Viesīte', exact: true }).click();
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Viesīte' }).waitFor();
  assert.ok(await panel.isVisible(), 'the panel is on screen');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'map');
  await panel.getByRole('link', { name: 'Sīkāk' }).click();
  await page.locator('.place-page h1', { hasText: 'Viesīte' }).waitFor();
  await page.goBack();
  await panel.getByRole('heading', { name: 'Viesīte' }).waitFor();
  assert.ok(await page.locator('.map').isVisible(), 'back on the map');
  assert.ok(!(await page.locator('.place-list').isVisible()), 'not on the list');
  // The list button goes back to the list.
  await page.getByRole('button', { name: 'Saraksts' }).click();
  await page.locator('.place-list li').first().waitFor();
  assert.equal(new URL(page.url()).searchParams.get('view'), null);
}));

test('a window narrowed to a phone re-centres the selected place when the map shows', () => withPage(env, { viewport: { width: 1280, height: 800 } }, async ({ page }) => {
  await page.goto(env.base + '/?tiles=off&p=viesite');
  await page.locator('.map .marker.is-selected').waitFor();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByRole('button', { name: 'Karte', exact: true }).click();
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Viesīte' }).waitFor();
  // The map re-centres over a few frames.
  await poll(async () => {
    const [m, p, map] = await Promise.all([page.locator('.map .marker.is-selected').boundingBox(), panel.boundingBox(), page.locator('.map').boundingBox()]);
    assert.ok(m.x >= map.x && m.x + m.width <= map.x + map.width, 'the marker is on the map');
    assert.ok(m.y + m.height <= p.y, `the marker (${m.y + m.height}) is above the panel (${p.y})`);
  });
}));

test('on a wide screen a selected place stands beside the panel, not under it', () => withPage(env, { viewport: { width: 1280, height: 800 } }, async ({ page }) => {
  await page.goto(env.base + '/?p=jaunjelgava');
  const panel = page.locator('.map-panel');
  const clear = async (name) => {
    await panel.getByRole('heading', { name }).waitFor();
    const marker = page.locator('.map .marker.is-selected');
    await marker.waitFor();
    // The map moves the place beside the panel over a few frames.
    await poll(async () => {
      const [m, p, map] = await Promise.all([marker.boundingBox(), panel.boundingBox(), page.locator('.map').boundingBox()]);
      assert.ok(m.x >= p.x + p.width, `${name}: marker at x ${m.x} is under the panel, which ends at ${p.x + p.width}`);
      assert.ok(m.x + m.width <= map.x + map.width, `${name}: marker is off the map`);
    });
  };
  await clear('Jaunjelgava');
  // Another place chosen in the list.
  await page.locator('.place-list li').filter({ hasText: 'Viesīte' }).getByRole('button', { name: 'Viesīte', exact: true }).click();
  await clear('Viesīte');
}));

test('"locate me" centres the visitor when the browser allows it', () => map('/?at=8.00/56.1500/26.0000', async ({ page, context, map: m }) => {
  // Allowed: the browser reports a position in Viesīte.
  await context.grantPermissions(['geolocation'], { origin: env.base });
  await context.setGeolocation({ latitude: 56.3475, longitude: 25.5551 });
  await page.getByRole('button', { name: 'Parādīt manu atrašanās vietu' }).click();
  const v = await atChange(page, { zoom: 8, lat: 56.15, lon: 26 });
  assert.equal(v.zoom, 13);
  assert.ok(Math.abs(v.lat - 56.3475) < 0.001 && Math.abs(v.lon - 25.5551) < 0.001);
  await m.getByRole('img', { name: 'Jūs esat šeit' }).waitFor();
}));

test('"locate me" says why it cannot when the browser refuses', () => map('/?at=8.00/56.1500/26.0000', async ({ page }) => {
  await page.getByRole('button', { name: 'Parādīt manu atrašanās vietu' }).click();
  await page.getByText('Atrašanās vietu noteikt neizdevās').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('at'), '8.00/56.1500/26.0000');
}));

test('places metres apart (Gārsene village and manor) are listed from their cluster', () => map('/?at=18.00/56.1006/25.8089', async ({ page, map: m }) => {
  const cluster = m.getByRole('button', { name: '2 vietas' });
  await cluster.click();
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Vietas šajā punktā' }).waitFor();
  const names = await panel.locator('.panel-list button').allInnerTexts();
  assert.equal(names.length, 2, names.join('|'));
  assert.ok(names.some((n) => /muiža/.test(n)) && names.includes('Gārsene'), names.join('|'));
  await panel.getByRole('button', { name: 'Gārsene', exact: true }).click();
  await panel.getByRole('heading', { name: 'Gārsene', exact: true }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('p'), 'garsene');
  // The selected place leaves the cluster and is drawn as itself, so is
  // the other one (a cluster of one is no cluster).
  const village = m.getByRole('button', { name: 'Gārsene', exact: true });
  await village.waitFor();
  assert.equal(await village.getAttribute('aria-pressed'), 'true');
  assert.equal(await m.getByRole('button', { name: /muiža/ }).count(), 1);
  assert.equal(await m.getByRole('button', { name: '2 vietas' }).count(), 0);
}));

test("a place page's map shows the place itself, highlighted", () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/place/garsenes-muiza');
  const small = page.locator('.place-map .map');
  const own = small.locator('.marker.is-selected');
  await own.waitFor();
  assert.match(await own.getAttribute('aria-label'), /Gārsenes muiža/);
  // No panel for the place itself: the page already shows it.
  assert.equal(await page.locator('.place-map .map-panel').count(), 0);
  // Its neighbour metres away is a marker of its own, not a cluster "2".
  assert.equal(await small.getByRole('button', { name: 'Gārsene', exact: true }).count(), 1);
}));

test('the map says how many filtered places it cannot show; its notices never overlap', () => map('/?m=aizkraukle', async ({ page, map: m }) => {
  const unmapped = (mun) => fixture.places.filter((p) => p.municipality === mun && p.lat === undefined).length;
  const n = unmapped('aizkraukle');
  assert.ok(n > 1, 'the fixture has unmapped places in Aizkraukle');
  const note = m.locator('.map-notice-unmapped');
  assert.equal(await note.innerText(), `${n} ${plural(n, 'vieta nav kartē: tās', 'vietas nav kartē: to')} atrašanās vieta nav pārbaudīta.`);
  // With the offline notice and a refused "locate me", three notices:
  // one column, none over another or over the buttons.
  await page.evaluate(() => {
    navigator.geolocation.getCurrentPosition = (_ok, err) => setTimeout(() => err({ code: 1, message: 'denied' }), 0);
  });
  await page.getByRole('button', { name: 'Parādīt manu atrašanās vietu' }).click();
  await m.locator('.map-notice-locate').waitFor();
  const boxes = await m.locator('.map-notice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const controls = await m.locator('.map-controls').evaluate((e) => e.getBoundingClientRect().toJSON());
  assert.equal(boxes.length, 3);
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const [i, a] of boxes.entries()) {
    assert.ok(!meet(a, controls), `notice ${i} lies over the buttons`);
    for (const b of boxes.slice(i + 1)) assert.ok(!meet(a, b), 'two notices overlap');
  }
  // English, and gone where every filtered place is on the map.
  await page.locator('.lang-button[lang=en]').click();
  await page.waitForFunction(() => document.querySelector('.map-notice-unmapped')?.textContent.includes('not on the map'));
  assert.equal(await note.innerText(), `${n} places are not on the map: their location is not verified.`);
  assert.equal(unmapped('kraslava'), 0);
  await page.goto(`${env.base}/?m=kraslava`);
  await m.locator('.marker, .cluster').first().waitFor();
  assert.equal(await note.count(), 0);
}));

test('one unmapped place found: the note is in the singular', () => withPage(env, async ({ page }) => {
  const only = fixture.places.find((p) => p.lat === undefined);
  await page.goto(`${env.base}/?q=${encodeURIComponent(only.name.lv)}`);
  await page.locator('.map-notice-unmapped').waitFor();
  assert.equal(await page.locator('.map-notice-unmapped').innerText(), '1 vieta nav kartē: tās atrašanās vieta nav pārbaudīta.');
}));

test('offline and close in, the base map names the places beside their markers', async () => {
  // Zoomed out: clusters and region labels only.
  await map('/', async ({ map: m }) => {
    await m.locator('.map-label').first().waitFor();
    assert.equal(await m.locator('.map-name').count(), 0, 'no names at the first view');
  });
  // Close in (11), no tiles: each single place's name, clear of every
  // marker and of the other names, on its marker's line.
  await map('/?at=11/56.55/25.45&lang=en', async ({ page, map: m }) => {
    await m.locator('.map-name').first().waitFor();
    const { names, markers, overlaps } = await page.evaluate(() => {
      const box = (el) => el.getBoundingClientRect();
      const names = [...document.querySelectorAll('.map .map-name')].map((t) => ({ text: t.textContent, r: box(t) }));
      const markers = [...document.querySelectorAll('.map .marker')].map((b) => ({ label: b.getAttribute('aria-label'), r: box(b.querySelector('.marker-dot')) }));
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const overlaps = [];
      for (const n of names) {
        for (const k of markers) if (hit(n.r, k.r)) overlaps.push(`${n.text} covers ${k.label}`);
        for (const o of names) if (o !== n && hit(n.r, o.r)) overlaps.push(`${n.text} covers ${o.text}`);
      }
      return { names: names.map((n) => ({ text: n.text, y: n.r.top + n.r.height / 2, x: [n.r.left, n.r.right] })), markers: markers.map((k) => ({ label: k.label, y: k.r.top + k.r.height / 2, x: [k.r.left, k.r.right] })), overlaps };
    });
    assert.deepEqual(overlaps, []);
    const sece = names.find((n) => n.text === 'Sece');
    assert.ok(sece, names.map((n) => n.text).join(', '));
    // Beside its own marker, on its line.
    const own = markers.find((k) => k.label?.startsWith('Sece'));
    assert.ok(own, markers.map((k) => k.label).join(', '));
    assert.ok(Math.abs(sece.y - own.y) < 3, `${sece.y} vs ${own.y}`);
    assert.ok(sece.x[0] > own.x[1] || sece.x[1] < own.x[0], 'beside, not on, its marker');
  });
  // On a phone's event page, no name runs under the map's buttons or its
  // attribution.
  await map('/event/selijas-kongress-1-1999', { viewport: { width: 375, height: 740 } }, async ({ page, map: m }) => {
    await m.locator('.map-name').first().waitFor();
    const under = await page.evaluate(() => {
      const map = document.querySelector('.place-map .map');
      const parts = [...map.querySelectorAll('.map-controls, .map-attribution')].map((el) => el.getBoundingClientRect());
      const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return [...map.querySelectorAll('.map-name')]
        .filter((t) => parts.some((p) => hit(t.getBoundingClientRect(), p)))
        .map((t) => t.textContent);
    });
    assert.deepEqual(under, []);
    assert.ok(await m.locator('.map-name', { hasText: 'Aknīste' }).count() >= 1);
  });
  // With tiles, the tiles name the places.
  await map('/?at=11/56.55/25.45', { tiles: 'serve' }, async ({ page, map: m }) => {
    await m.locator('.tile').first().waitFor();
    // Every tile in: the map stays on them (a failure would bring the names).
    await page.waitForFunction(() => [...document.querySelectorAll('.map .tile')].every((t) => t.complete && t.naturalWidth > 0));
    assert.equal(await m.locator('.map-name').count(), 0);
  });
});
