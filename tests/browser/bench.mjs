// Benchmark (not a test): main-thread time of map and calendar interactions
// in headless Chromium with 10,000 synthetic places or 2,000 events a month.
// Prints figures; asserts nothing.
//
//   DIST=../../dist-bench node bench.mjs      (from tests/browser; `make bench`)
//
// Method: every interaction is dispatched inside the page at t0. A
// MutationObserver on the document records the time of the last DOM
// mutation; its callbacks run as microtasks right after the app's own
// microtasks (Leptos 0.8 runs its effects on microtasks), so that time is
// "the DOM is updated", before any style, layout or paint. The page then
// waits one macrotask at a time (a MessageChannel round trip, not a
// clamped setTimeout) until the expected change is visible.
//
// The filter change and the month switch also print the time until that
// next macrotask. Chromium may render a frame (style and layout of the new
// DOM) before it, so that figure swings between the two cases; it is an
// upper bound, not the work itself.
//
// Chromium coarsens performance.now() to 0.1 ms here (no cross-origin
// isolation), so figures below ~0.3 ms are at its resolution.
import { readFileSync } from 'node:fs';
import { start, openPage } from './harness.js';

const RUNS = 5; // pan: drags per figure; the figure is the median of the runs
const STEPS = 30; // pointermove steps per drag
const STEP_PX = 8;
const FILTER_RUNS = 9; // filter toggles in each direction

/** The dataset: the real municipalities and 10,000 synthetic places. */
function synthetic(n = 10000) {
  const real = JSON.parse(readFileSync(new URL('../../public/data/selija.json', import.meta.url)));
  let s = 0x9e3779b9; // mulberry32, fixed seed
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const munis = ['aizkraukle', 'jekabpils', 'augsdaugava', 'kraslava'];
  const places = Array.from({ length: n }, (_, i) => {
    const id = `p${String(i + 1).padStart(5, '0')}`;
    return {
      id, kind: 'village', name: { lv: `Vieta ${id}`, en: `Place ${id}` },
      municipality: munis[Math.floor(rand() * munis.length)],
      lat: +(55.75 + 0.8 * rand()).toFixed(5), lon: +(25.1 + 2.1 * rand()).toFixed(5),
      confidence: 'medium', source: 'synthetic',
    };
  });
  return JSON.stringify({ version: 1, municipalities: real.municipalities, places, events: [] });
}

const DATA = synthetic();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)]; };
const ms = (x) => `${x.toFixed(2)} ms`;

/** A page showing `url` with the synthetic data, reduced motion, no tiles. */
async function open(env, url) {
  // openPage aborts every request not to our server, the tile host included.
  const p = await openPage(env, { reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  await p.page.route('**/data/selija.json', (r) => r.fulfill({ contentType: 'application/json', body: DATA }));
  await p.page.goto(env.base + url);
  await p.page.locator('.map .marker, .map .cluster').first().waitFor({ timeout: 30000 });
  await p.page.waitForTimeout(500); // let the first fit and fallback settle
  // Helpers inside the page.
  await p.page.evaluate(() => {
    const ch = new MessageChannel();
    const queue = [];
    ch.port1.onmessage = () => queue.shift()();
    window.__macrotask = () => new Promise((r) => { queue.push(r); ch.port2.postMessage(0); });
    window.__lastMutation = 0;
    new MutationObserver(() => { window.__lastMutation = performance.now(); })
      .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    window.__markers = () => {
      const els = document.querySelectorAll('.map .marker, .map .cluster');
      return `${els.length}|${[...els].map((e) => e.getAttribute('aria-label')).join(',')}`;
    };
  });
  return p;
}

/** One drag of STEPS moves of `dx` px; returns the time of each move (ms). */
function drag(page, dx) {
  return page.evaluate(async ({ steps, dx }) => {
    const el = document.querySelector('.map');
    const r = el.getBoundingClientRect();
    let x = r.left + r.width / 2, y = r.top + r.height / 2;
    const fire = (type) => el.dispatchEvent(new PointerEvent(type, {
      pointerId: 7, pointerType: 'mouse', isPrimary: true, bubbles: true, button: 0, buttons: 1, clientX: x, clientY: y,
    }));
    fire('pointerdown');
    x += 3 * Math.sign(dx); y += 5; // beyond the 5 px drag tolerance: the drag is live
    fire('pointermove');
    await __macrotask();
    const times = [];
    for (let i = 0; i < steps; i++) {
      x += dx;
      const t0 = performance.now();
      fire('pointermove');
      await __macrotask();
      times.push(performance.now() - t0);
    }
    // The drag's end writes `at=` to the URL: time that too (cap 2 s).
    const before = location.search;
    const t0 = performance.now();
    fire('pointerup');
    do await __macrotask(); while (location.search === before && performance.now() - t0 < 2000);
    return { times, end: performance.now() - t0 };
  }, { steps: STEPS, dx });
}

async function panBench(env, zoom) {
  const { page, context, errors } = await open(env, `/?at=${zoom.toFixed(2)}/56.1500/26.1000`);
  const count = await page.locator('.map .marker, .map .cluster').count();
  await drag(page, STEP_PX); // warm-up
  const med = [], p9 = [], end = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate directions so the view stays around the same place.
    const { times, end: e } = await drag(page, run % 2 ? STEP_PX : -STEP_PX);
    med.push(median(times));
    p9.push(p90(times));
    end.push(e);
  }
  console.log(`pan step, 10000 places, zoom ${zoom}: median ${ms(median(med))} (p90 ${ms(median(p9))}, n=${STEPS}, median of ${RUNS} drags; ${count} buttons in the DOM)`);
  console.log(`  drag end (pointerup until at= is in the URL): median ${ms(median(end))} (n=${RUNS})`);
  if (errors.length) console.log('  page errors:', errors.slice(0, 3));
  await context.close();
}

async function filterBench(env) {
  const { page, context, errors } = await open(env, '/?at=9.00/56.1500/26.1000');
  const times = { on: [], off: [] };
  for (let i = 0; i < 2 * FILTER_RUNS + 2; i++) {
    const t = await page.evaluate(async () => {
      const label = [...document.querySelectorAll('.filters label')].find((l) => l.textContent.includes('Jēkabpils novads'));
      const input = label.querySelector('input');
      const before = __markers();
      const on = !input.checked;
      const t0 = performance.now();
      input.click();
      // Wait, one macrotask at a time, for the markers to change (cap 2 s).
      // (The app does the work in one task after the click, so a time over
      // the cap means that single task was that long.)
      while (__markers() === before && performance.now() - t0 < 2000) await __macrotask();
      const t1 = performance.now();
      const dom = __lastMutation - t0;
      await new Promise((r) => setTimeout(r, 300)); // settle before the next toggle
      return { on, dom, task: t1 - t0 };
    });
    if (i >= 2) times[t.on ? 'on' : 'off'].push(t); // the first pair is a warm-up
  }
  for (const dir of ['on', 'off']) {
    const dom = times[dir].map((t) => t.dom), task = times[dir].map((t) => t.task);
    console.log(`filter change (Jēkabpils ${dir}), 10000 places, until the DOM is updated: median ${ms(median(dom))} (p90 ${ms(p90(dom))}, n=${dom.length})`);
    console.log(`  until the next task: median ${ms(median(task))} (p90 ${ms(p90(task))}); runs in order: ${task.map((t) => t.toFixed(0)).join(', ')} ms`);
  }
  if (errors.length) console.log('  page errors:', errors.slice(0, 3));
  await context.close();
}

// BENCH_ONLY=pan|filter|month runs one part.
const only = process.env.BENCH_ONLY;
const env = await start();
try {
  if (!only || only === 'pan') {
    await panBench(env, 9);
    await panBench(env, 12);
  }
  if (!only || only === 'filter') await filterBench(env);
} finally {
  await env.stop();
}

// ---------------------------------------------------------------------------
// Calendar: a month switch with 2,000 events in every month.

/** 2,000 synthetic events in each month of 2022 (24,000 in all). */
function syntheticEvents(perMonth = 2000) {
  const real = JSON.parse(readFileSync(new URL('../../public/data/selija.json', import.meta.url)));
  let s = 42;
  const rand = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const cats = ['network', 'forum', 'festival', 'training', 'community'];
  const events = [];
  for (let m = 1; m <= 12; m++) {
    for (let i = 0; i < perMonth; i++) {
      const day = 1 + Math.floor(rand() * 28);
      const len = Math.floor(rand() * 4); // 1–4 days
      const d = (x) => `2022-${String(m).padStart(2, '0')}-${String(x).padStart(2, '0')}`;
      events.push({
        id: `e${m}-${i}`, title: { lv: `Notikums ${m}-${i}`, en: `Event ${m}-${i}` },
        start: d(day), ...(len ? { end: d(day + len) } : {}), municipalities: [],
        category: cats[i % cats.length], source: 'synthetic',
      });
    }
  }
  return JSON.stringify({ version: 1, municipalities: real.municipalities, places: real.places.slice(0, 5), events });
}

async function monthSwitchBench(env) {
  const p = await openPage(env, { reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const body = syntheticEvents();
  await p.page.route('**/data/selija.json', (r) => r.fulfill({ contentType: 'application/json', body }));
  await p.page.goto(env.base + '/calendar?month=2022-03');
  await p.page.locator('.month-grid').waitFor({ timeout: 30000 });
  await p.page.waitForTimeout(300);
  const times = await p.page.evaluate(async (runs) => {
    const ch = new MessageChannel();
    const queue = [];
    ch.port1.onmessage = () => queue.shift()();
    const macrotask = () => new Promise((r) => { queue.push(r); ch.port2.postMessage(0); });
    let lastMutation = 0;
    new MutationObserver(() => { lastMutation = performance.now(); })
      .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const out = { dom: [], task: [] };
    for (let i = 0; i < runs; i++) {
      const label = document.querySelector('.month-grid').getAttribute('aria-label');
      const button = document.querySelector(`.month-nav button[aria-label="${i % 2 ? 'Iepriekšējais mēnesis' : 'Nākamais mēnesis'}"]`);
      const t0 = performance.now();
      button.click();
      while (document.querySelector('.month-grid')?.getAttribute('aria-label') === label && performance.now() - t0 < 5000) await macrotask();
      out.task.push(performance.now() - t0);
      out.dom.push(lastMutation - t0);
      await new Promise((r) => setTimeout(r, 200));
    }
    return out;
  }, 11);
  console.log(`month switch, 2000 events per month, until the DOM is updated: median ${ms(median(times.dom))} (p90 ${ms(p90(times.dom))}, n=${times.dom.length})`);
  console.log(`  until the next task: median ${ms(median(times.task))} (p90 ${ms(p90(times.task))})`);
  if (p.errors.length) console.log('  page errors:', p.errors.slice(0, 3));
  await p.context.close();
}

if (!only || only === 'month') {
  const env2 = await start();
  try {
    await monthSwitchBench(env2);
  } finally {
    await env2.stop();
  }
}
