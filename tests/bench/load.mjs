// Load benchmark (not a test; `make bench-load`): how soon a visitor sees
// real content, markers, and a working app — ours against a plain Leaflet
// + markercluster page with the same places — in Debian's Chromium, with
// the build served compressed by serve.mjs as a real host would.
//
//   DIST=../../dist-bench RUNS=5 node load.mjs   (from tests/bench)
//   SKIP_REF=1 leaves the reference out (its columns then repeat ours);
//   ONLY=phone or ONLY=unthrottled runs one profile.
//
// Profiles: unthrottled, and a phone on a slow mobile network (CDP:
// 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency, CPU ÷4). Both at a
// 1280 × 900 viewport so the map is on screen (a phone's viewport shows
// the list first and the map on request). Each run is a cold load in a
// fresh context (empty cache), then a warm second visit in the same
// context: its HTTP cache and our service worker, as a visitor's second
// visit has them (NO_SW=1 blocks the worker, to see the HTTP cache alone;
// the warm visit waits until the worker has stored its files). The
// figure is the median of RUNS runs; times are from navigation start.
//
// What is timed, inside the page (an init script checks every frame):
//   fcp      first contentful paint
//   content  a place name visible in the list (ours only)
//   markers  a marker or cluster visible on the map (a pre-rendered one counts)
//            (content and markers are never earlier than fcp: a frame's
//            callbacks run before its paint)
//   app      interactive: a click on a municipality filter has changed the
//            list's count (the time is when the count changed). The click
//            comes as soon as a filter can answer it: the pre-rendered
//            page's once its early script is ready (src/pages/early.js),
//            else the app's once it has taken over
//   takeover the wasm app in charge: it has replaced the pre-rendered screen
//   bytes    transferred (encoded) bytes of the load, from CDP
//   cls      layout shift from first paint until the app took over, or
//            until the click if that came first (shifts a visitor causes
//            are not counted)
// The reference page's "app" is its markers (a Leaflet map is usable as
// soon as it shows them).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../browser/node_modules/playwright-core/index.mjs';
import { launchOptions, waitForAsync } from '../browser/harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, process.env.DIST || '../../dist-bench');
const RUNS = Number(process.env.RUNS || 5);

const PROFILES = [
  { name: 'unthrottled', net: null, cpu: 1 },
  {
    name: 'phone (1.6 Mbit/s, 150 ms, CPU ÷4)',
    net: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
    cpu: 4,
  },
];

/** The reference page, its libraries from npm, and the app's own data. */
function stageReference() {
  const out = path.join(here, 'out/ref');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'data'), { recursive: true });
  for (const f of ['index.html', 'ref.js', 'blank.html']) fs.copyFileSync(path.join(here, 'reference', f), path.join(out, f));
  fs.cpSync(path.join(here, 'node_modules/leaflet/dist'), path.join(out, 'leaflet'), { recursive: true });
  fs.cpSync(path.join(here, 'node_modules/leaflet.markercluster/dist'), path.join(out, 'markercluster'), { recursive: true });
  fs.copyFileSync(path.join(dist, 'data/selija.json'), path.join(out, 'data/selija.json'));
  return out;
}

async function serve(refDir) {
  const server = spawn('node', [path.join(here, 'serve.mjs'), dist, refDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    server.stdout.once('data', (d) => resolve(Number(String(d).trim())));
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

// Runs in the page before anything else: records when each milestone is
// first visible (checked every animation frame) and the layout shifts.
const PROBE = () => {
  const t = (window.__t = { fcp: null, content: null, markers: null, takeover: null, click: null });
  const shifts = (window.__shifts = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push([e.startTime, e.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const visible = (sel) => [...document.querySelectorAll(sel)].some((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight
      && getComputedStyle(el).visibility !== 'hidden';
  });
  const check = () => {
    const now = performance.now();
    if (t.content === null && visible('.place-list .place-link')) t.content = now;
    if (t.markers === null && visible('.map .marker, .map .cluster, .map .static-marker, .map .static-cluster, .leaflet-marker-icon')) t.markers = now;
    // The app is in charge once the boot screen is gone and its own list
    // is drawn.
    if (t.takeover === null && !document.getElementById('boot') && document.querySelector('#main .place-list li')) t.takeover = now;
    if (t.content === null || t.markers === null || t.takeover === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/**
 * Clicks the first municipality filter as soon as one can answer — the
 * early script's on the pre-rendered page, or the app's once it has taken
 * over — and resolves with the time the count changed. All inside the page
 * (checked every frame), so no round trip to this script is timed; the
 * click time is kept, as layout shifts after a visitor's click are not
 * counted (see `cls`).
 */
async function interact(page) {
  return page.evaluate(() => new Promise((resolve) => {
    let seen = false;
    const ready = () => {
      // Nothing is clicked before a visitor can see it: not before the
      // frame after the one that showed the names (the paint entry itself
      // reaches the page hundreds of milliseconds late in headless Chromium).
      if (window.__t.content === null) return null;
      if (!seen) { seen = true; return null; }
      if (document.querySelector('#boot .home[data-early="ready"]')) return '#boot .filters a.check[data-key="m"]';
      if (window.__t.takeover !== null) return '#main .filters input[type=checkbox]';
      return null;
    };
    const count = () => (document.querySelector('#boot .results .count') || document.querySelector('#main .results .count'))?.textContent;
    const go = () => {
      const target = ready();
      if (!target) { requestAnimationFrame(go); return; }
      const before = count();
      window.__t.click = performance.now();
      document.querySelector(target).click();
      const wait = () => (count() !== before ? resolve(performance.now()) : requestAnimationFrame(wait));
      wait();
    };
    go();
  }));
}

/** One visit of `url` in `page`; returns its figures. */
async function visit(page, cdp, url, ours) {
  let bytes = 0;
  let dataRequests = 0;
  const onFinished = (e) => { bytes += e.encodedDataLength; };
  const onRequest = (e) => { if (e.request.url.endsWith('/data/selija.json')) dataRequests++; };
  cdp.on('Network.loadingFinished', onFinished);
  cdp.on('Network.requestWillBeSent', onRequest);
  await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
  let app;
  if (ours) {
    app = await interact(page);
    await page.waitForFunction(() => window.__t.takeover !== null, null, { timeout: 120000, polling: 50 });
  } else {
    await page.waitForFunction(() => window.__t.markers !== null, null, { timeout: 120000, polling: 50 });
  }
  // Let late requests (the data, a font) finish and be counted.
  await page.waitForLoadState('networkidle', { timeout: 120000 }).catch(() => {});
  const t = await page.evaluate(() => {
    // Until the app took over, or until the visitor's click if earlier.
    const end = Math.min((window.__t.takeover ?? Infinity) + 50, window.__t.click ?? Infinity);
    const cls = window.__shifts.filter(([at]) => at < end).reduce((s, [, v]) => s + v, 0);
    return { ...window.__t, cls };
  });
  cdp.off('Network.loadingFinished', onFinished);
  cdp.off('Network.requestWillBeSent', onRequest);
  // Nothing is visible before the first contentful paint: a frame's
  // callbacks run before it is painted, and the paint can come later.
  const painted = (x) => (x === null ? null : Math.max(x, t.fcp ?? 0));
  return {
    fcp: t.fcp, content: painted(t.content), markers: painted(t.markers),
    app: painted(ours ? app : t.markers), takeover: ours ? t.takeover : painted(t.markers),
    bytes, cls: t.cls, dataRequests,
  };
}

/**
 * A fresh context (empty cache) and page under `profile`, with `init`
 * run in the page first when given; returns them and the page's CDP session.
 */
async function openProfiled(browser, profile, { serviceWorkers = 'allow', init = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'lv-LV', serviceWorkers });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Map tiles are blocked, as in the tests (both pages then show what
  // they have offline). Through CDP, not page.route(): Playwright's
  // request interception turns the HTTP cache off, and the warm visit
  // is about that cache.
  await cdp.send('Network.setBlockedURLs', { urls: ['*tile.openstreetmap.org*'] });
  if (profile.net) await cdp.send('Network.emulateNetworkConditions', profile.net);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp };
}

/** Median first paint of a blank page (reference/blank.html), cold: the harness's floor. */
async function floor(browser, base, profile) {
  const fcps = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openProfiled(browser, profile);
    await page.goto(`${base}/ref/blank.html`, { waitUntil: 'load' });
    fcps.push(await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime);
      }).observe({ type: 'paint', buffered: true });
    })));
    await context.close();
  }
  return median(fcps);
}

async function runs(browser, base, profile, url, ours) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page, cdp } = await openProfiled(browser, profile, {
      serviceWorkers: process.env.NO_SW ? 'block' : 'allow', init: PROBE,
    });
    cold.push(await visit(page, cdp, base + url, ours));
    // A visitor comes back later: by then the worker has installed.
    if (ours && !process.env.NO_SW) {
      // (Polled from here: waitForFunction stops at once on an async check.)
      await waitForAsync(page, async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return r?.active?.state === 'activated' && !r.installing;
      }, null, { timeout: 120000, interval: 200 });
    }
    // The warm visit: a new navigation in the same context (its HTTP cache).
    await page.goto('about:blank');
    warm.push(await visit(page, cdp, base + url, ours));
    await context.close();
  }
  return { cold: summarize(cold), warm: summarize(warm) };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
function summarize(list) {
  const out = {};
  for (const k of Object.keys(list[0])) out[k] = median(list.map((r) => r[k]));
  out.dataRequestsMax = Math.max(...list.map((r) => r.dataRequests));
  return out;
}

const fmt = (k, v) => {
  if (v === null || v === undefined) return '—';
  if (k === 'bytes') return `${(v / 1024).toFixed(1)} KB`;
  if (k === 'cls') return v.toFixed(3);
  return `${Math.round(v)} ms`;
};

function table(name, ours, ref) {
  const rows = [
    ['first contentful paint', 'fcp', 'fcp'],
    ['place names visible', 'content', 'markers'],
    ['first markers', 'markers', 'markers'],
    ['interactive (filter works)', 'app', 'markers'],
    ['app in charge (wasm)', 'takeover', 'markers'],
    ['bytes transferred', 'bytes', 'bytes'],
  ];
  const lines = [];
  for (const [visitName, o, r] of [['cold', ours.cold, ref.cold], ['warm', ours.warm, ref.warm]]) {
    lines.push(`\n${name} — ${visitName} (median of ${RUNS})`);
    lines.push(`${'metric'.padEnd(26)}${'ours'.padStart(12)}${'reference'.padStart(12)}${'ratio'.padStart(8)}`);
    for (const [label, k, rk] of rows) {
      const ratio = o[k] && r[rk] ? (o[k] / r[rk]).toFixed(2) : '—';
      const refLabel = rk !== k ? `${fmt(rk, r[rk])}*` : fmt(rk, r[rk]);
      lines.push(`${label.padEnd(26)}${fmt(k, o[k]).padStart(12)}${refLabel.padStart(12)}${ratio.padStart(8)}`);
    }
    lines.push(`${'layout shift (to takeover)'.padEnd(26)}${fmt('cls', o.cls).padStart(12)}${fmt('cls', r.cls).padStart(12)}`);
    lines.push(`${'data requests (max)'.padEnd(26)}${String(o.dataRequestsMax).padStart(12)}${String(r.dataRequestsMax).padStart(12)}`);
  }
  return lines.join('\n');
}

const refDir = stageReference();
const server = await serve(refDir);
const browser = await chromium.launch(launchOptions());
try {
  console.log(`make bench-load: ${dist}, ${RUNS} runs per figure, viewport 1280×900`);
  console.log('(* the reference has no list and no filters: compared with its first markers)');
  // ONLY=phone (or unthrottled): one profile.
  for (const profile of PROFILES.filter((p) => !process.env.ONLY || p.name.startsWith(process.env.ONLY))) {
    const ours = await runs(browser, server.base, profile, '/', true);
    // SKIP_REF=1: ours only (to compare two builds of ours quickly).
    const ref = process.env.SKIP_REF ? ours : await runs(browser, server.base, profile, '/ref/', false);
    console.log(table(profile.name, ours, ref));
    // What no page can beat here, and the first markers net of it: a
    // ratio of two times that share a large floor tends to 1.
    const blank = await floor(browser, server.base, profile);
    const net = (ours.cold.markers - blank) / (ref.cold.markers - blank);
    console.log(`blank page's first paint (the floor) ${Math.round(blank)} ms; first markers beyond it: ${Math.round(ours.cold.markers - blank)} / ${Math.round(ref.cold.markers - blank)} ms = ${net.toFixed(2)}`);
  }
} finally {
  await browser.close();
  server.stop();
}
