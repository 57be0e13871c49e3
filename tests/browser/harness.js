// Shared set-up of the browser tests. The whole API a test file needs:
//
//   let env;
//   before(async () => { env = await start(); });   // one server + one Chromium per file
//   after(async () => { await env?.stop(); });
//
//   test('…', () => withPage(env, { …options }, async ({ page, context, errors, tileRequests }) => {
//     await page.goto(env.base + '/?m=kraslava');
//     …
//   }));
//
// start() serves the release build (DIST, default ../../dist-test) with
// serve.py and its history-API fallback, and answers /data/selija.json with
// the FIXTURE (tests/fixtures/selija-test.json), never the shipped data: the
// tests read their expectations from the same file (`fixture`), so editing
// public/data/selija.json cannot break them. One test (app.test.js) loads
// the shipped data instead, with `data: SHIPPED`, and checks that nothing
// in it is skipped.
//
// withPage(env, opts?, body) opens a fresh browser context and page, runs
// body({ page, context, errors, tileRequests }), and always closes the
// context (try/finally). It FAILS the test when the page logged a console
// error or threw (`errors`, checked after the body; a failing body gets
// them appended to its message). Every request not to our server is
// aborted: the app must work offline. opts (all optional):
//   viewport       default { width: 1280, height: 900 }
//   locale         default 'lv-LV'
//   reducedMotion  default 'no-preference'
//   now            ISO date-time: the page's clock is fixed there before the body
//   data           an object: served as /data/selija.json instead of the fixture;
//                  a string or Buffer: served as it is (a broken file);
//                  SHIPPED: the real public/data/selija.json
//   tiles          'block' (default: aborted, the map draws its base map),
//                  'serve' (a grey PNG for every tile), 'fail' (HTTP 503)
//   serviceWorkers default 'block': request interception cannot see what a
//                  service worker answers
//   ignoreErrors   a RegExp: console errors and page errors it matches are
//                  expected (e.g. a data request the test aborts on purpose,
//                  the deliberate panic of the panic-screen test)
//   javaScriptEnabled default true; false shows what the server sent (the
//                  pre-rendered pages) as a browser without scripts does
// tileRequests lists the paths asked of the tile server, whatever `tiles` is.
//
// Helpers: `fixture` (the parsed fixture), `plural(n, one, many)` (Latvian),
// `fold(text)` (the app's search folding), `waitForList(page)`,
// `stable(page, selector)` (elements stopped moving, animations done),
// `poll(check)` (retries an assertion until it passes: for geometry that
// settles over a few frames). Wait on state with these, locators or
// page.waitForFunction — never with page.waitForTimeout.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The dataset every test runs against. */
export const FIXTURE = path.resolve(here, '../fixtures/selija-test.json');
/** The dataset the app ships: only its own test loads it. */
export const SHIPPED = path.resolve(here, '../../public/data/selija.json');
/** The fixture, parsed: expectations are computed from it. */
export const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));

/** The online tile server the app uses. */
export const TILE_HOST = /tile\.openstreetmap\.org/;
/** The community sign the fixture names (tests/fixtures/selija-test.json). */
const FIXTURE_SIGN = /\/images\/signs\/test-sece\.svg$/;

/** A 1 × 1 grey PNG, stretched by the map to a tile (enough for layout checks). */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mN8/x8AAwMB/1R9dlUAAAAASUVORK5CYII=', 'base64');

/**
 * Latvian count forms: the singular after 1, 21, 31… but not 11, 111…
 * (as src/i18n.rs; e.g. plural(61, 'vieta', 'vietas') is 'vieta').
 */
export function plural(n, one, many) {
  return n % 10 === 1 && n % 100 !== 11 ? one : many;
}

/**
 * Lowercase without diacritics, other characters as single spaces: text as
 * the app's search compares it (src/domain/text.rs).
 */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Launch options for Debian's Chromium; never a downloaded browser. */
export function launchOptions() {
  return {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  };
}

/** A free TCP port on 127.0.0.1, for a test's own servers. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Serves the built app (DIST, default ../../dist-test; `dist` for another
 * folder, such as a copy a test edits) with the fixture as its data (`data`
 * to serve another file, read anew on every request), and starts Chromium.
 * Every response carries deploy/nginx.conf's Content-Security-Policy.
 */
export async function start({ data = FIXTURE, dist: distDir } = {}) {
  const dist = distDir || path.resolve(here, process.env.DIST || '../../dist-test');
  const port = await freePort();
  const server = spawn('python3', [path.join(here, 'serve.py'), dist, String(port), '--data', data], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const browser = await chromium.launch(launchOptions());
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    dist,
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}

/**
 * A new context and page that record console errors and page errors.
 * Requests to anything but our server are blocked. The lower layer of
 * withPage, for scripts such as bench.mjs; the caller closes the context.
 */
export async function openPage(env, {
  viewport = { width: 1280, height: 900 }, locale = 'lv-LV', reducedMotion = 'no-preference',
  serviceWorkers = 'block', ignoreErrors = null, javaScriptEnabled = true,
} = {}) {
  const context = await env.browser.newContext({ viewport, locale, reducedMotion, serviceWorkers, javaScriptEnabled });
  const page = await context.newPage();
  const errors = [];
  // A page opened at a path the build has no page for is answered with a
  // 404 and the "not found" page (deploy/nginx.conf), which the browser
  // logs as a failed load: expected, not an error. Only for pages: a
  // missing script, image or data file still is one.
  const missingPages = new Set();
  page.on('response', (r) => {
    if (r.status() === 404 && r.request().isNavigationRequest()) missingPages.add(r.url());
  });
  // Blocked map tiles are always allowed: the app then falls back to its
  // offline base map. So is the fixture's community sign, which the test
  // build does not have (data.test.js serves it where it tests it): like
  // any missing image, it is a 404.
  page.on('console', (m) => {
    const at = m.location().url || '';
    if (m.type() !== 'error' || TILE_HOST.test(at) || FIXTURE_SIGN.test(at)) return;
    if (missingPages.has(at) && /status of 404/.test(m.text())) return;
    const line = `${m.text()} @ ${m.location().url}`;
    if (!ignoreErrors?.test(line)) errors.push(line);
  });
  page.on('pageerror', (e) => {
    if (!ignoreErrors?.test(String(e))) errors.push(String(e));
  });
  await page.route((url) => !url.href.startsWith(env.base), (route) => route.abort());
  return { page, context, errors };
}

/** See the top of this file. */
export async function withPage(env, opts, body) {
  if (typeof opts === 'function') [opts, body] = [{}, opts];
  const { now, data, tiles = 'block', ...pageOpts } = opts;
  const { page, context, errors } = await openPage(env, pageOpts);
  try {
    const tileRequests = [];
    // Registered after openPage's catch-all, so it takes precedence for tiles.
    await page.route(TILE_HOST, (route) => {
      tileRequests.push(new URL(route.request().url()).pathname);
      // With the CORS header the tile server sends: the map's tile <img>s
      // are crossorigin="anonymous" (for the service worker's cache).
      if (tiles === 'serve') {
        return route.fulfill({ contentType: 'image/png', body: PNG, headers: { 'Access-Control-Allow-Origin': '*' } });
      }
      if (tiles === 'fail') return route.fulfill({ status: 503, body: 'busy' });
      return route.abort();
    });
    if (data === SHIPPED) {
      await page.route('**/data/selija.json', (route) => route.fulfill({ path: SHIPPED, contentType: 'application/json' }));
    } else if (typeof data === 'string' || Buffer.isBuffer(data)) {
      await page.route('**/data/selija.json', (route) => route.fulfill({ contentType: 'application/json', body: data }));
    } else if (data !== undefined) {
      const json = JSON.stringify(data);
      await page.route('**/data/selija.json', (route) => route.fulfill({ contentType: 'application/json', body: json }));
    }
    if (now) await page.clock.setFixedTime(new Date(now));
    // A page load shows the pre-rendered first screen until the app takes
    // over (src/web/boot.rs): a full load (goto, reload) waits for that, so
    // tests meet the app's page alone, not both. Loads that stop earlier on
    // purpose (`waitUntil: 'commit'` or 'domcontentloaded') and pages
    // without scripts are left as they are.
    if (pageOpts.javaScriptEnabled !== false) {
      for (const name of ['goto', 'reload']) {
        const load = page[name].bind(page);
        page[name] = async (...args) => {
          const options = (name === 'goto' ? args[1] : args[0]) || {};
          const res = await load(...args);
          if (!options.waitUntil || options.waitUntil === 'load' || options.waitUntil === 'networkidle') {
            await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000, polling: 100 });
          }
          return res;
        };
      }
    }
    try {
      await body({ page, context, errors, tileRequests });
    } catch (e) {
      if (errors.length && e instanceof Error) e.message += `\n(and the page logged errors:\n  ${errors.join('\n  ')})`;
      throw e;
    }
    if (errors.length) throw new Error(`the page logged errors:\n  ${errors.join('\n  ')}`);
  } finally {
    await context.close();
  }
}

/**
 * Waits until the app has rendered its place list and shows it: the
 * pre-rendered home has a list from the start, so this waits for the app's
 * own (in `#main`) and for the boot screen to be gone.
 */
export async function waitForList(page) {
  await page.waitForFunction(
    () => !document.getElementById('boot') && document.querySelector('#main .place-list li'),
    null, { timeout: 15000 },
  );
}

/**
 * Waits until the elements matching `selector` keep their boxes for a few
 * frames in a row and no finite animation or transition is running: the
 * page has settled (the map's fit, a panel sliding in, a fade).
 */
export async function stable(page, selector, { frames = 3, timeout = 10000 } = {}) {
  await page.waitForFunction(({ selector, frames }) => {
    const snap = JSON.stringify([...document.querySelectorAll(selector)].map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    }));
    const seen = (window.__stable ??= {});
    const last = seen[selector];
    if (last && last.snap === snap) last.same++;
    else seen[selector] = { snap, same: 0 };
    const moving = document.getAnimations().some((a) => a.playState === 'running'
      && a.effect?.getComputedTiming().endTime !== Infinity);
    return seen[selector].same >= frames && !moving;
  }, { selector, frames }, { polling: 'raf', timeout });
}

/**
 * Waits until `fn` (run in the page, `arg` its argument) resolves to a
 * truthy value, and returns it. For async checks (Cache Storage, the
 * service worker's registration): Playwright's waitForFunction takes the
 * promise an async function returns as truthy and stops at once, whatever
 * it resolves to. Built on `poll`, so a navigation in between (its
 * context destroyed, which throws) is waited out like a false.
 */
export async function waitForAsync(page, fn, arg, { timeout = 15000, interval = 100 } = {}) {
  return poll(async () => {
    const value = await page.evaluate(fn, arg);
    if (!value) throw new Error(`waitForAsync: still false after ${timeout} ms: ${fn}`);
    return value;
  }, { timeout, interval });
}

/**
 * Runs `check` (which asserts) until it passes, or rethrows its last
 * failure after `timeout` ms: for what settles over a few frames, such as
 * a marker the map is still moving into place.
 */
export async function poll(check, { timeout = 5000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
