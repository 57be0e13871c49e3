// Embeds in partners' pages: a second local origin (another port) plays the
// partner. embed.js and auto-height, the locked preset, cooperative wheel,
// forged messages; the same embed framed the way WordPress frames it
// (sandbox="allow-scripts", #?secret=); /share; axe on every embed view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { start, openPage, withPage, fixture, stable, TILE_HOST } from './harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let env;
let partner;

/** The partner's site: pages set by each test, on its own port. */
function partnerServer() {
  const pages = new Map();
  const server = http.createServer((req, res) => {
    const html = pages.get(req.url.split('?')[0]);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html || 'not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, pages, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

before(async () => {
  env = await start();
  partner = await partnerServer();
});
after(async () => {
  await env?.stop();
  await partner?.close();
});

/** A page of the partner's site with `body`; returns the page and its errors. */
async function partnerPage(path, body, { viewport = { width: 1100, height: 800 }, permissions = [] } = {}) {
  partner.pages.set(path, `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Partner</title></head><body style="margin:0;font-family:sans-serif">${body}</body></html>`);
  const context = await env.browser.newContext({ viewport, locale: 'lv-LV' });
  if (permissions.length) await context.grantPermissions(permissions, { origin: env.base });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !TILE_HOST.test(m.location().url || '')) errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Offline, like every test: only the two local servers answer.
  await page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  await page.goto(`${partner.base}${path}`);
  return { page, context, errors };
}

/** The frame of the app's embed inside a partner page (found now, or
 *  waited for as it navigates: no fixed sleeps). */
function embedFrame(page) {
  const found = page.frames().find((fr) => fr.url().includes('/embed'));
  return found || page.waitForEvent('framenavigated', { predicate: (f) => f.url().includes('/embed'), timeout: 15000 });
}

const iframeHeight = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.querySelector('.embed-root').getBoundingClientRect().bottom));

test('embed.js: a locked list of Jēkabpils grows and shrinks with its content', async () => {
  const { page, context, errors } = await partnerPage('/list.html', `
    <h1>Mūsu novads</h1>
    <div data-selija-embed="m=jekabpils&amp;lock=1&amp;view=list&amp;tiles=off" data-title="Vietas Jēkabpils novadā"></div>
    <p style="height:1500px">Partner footer</p>
    <script src="${env.base}/embed.js" async></script>`);
  const frame = await embedFrame(page);
  await frame.locator('.place-list li').first().waitFor({ timeout: 15000 });
  // The iframe embed.js made: titled, lazy.
  const attrs = await page.evaluate(() => {
    const f = document.querySelector('iframe');
    return { title: f.title, loading: f.getAttribute('loading') };
  });
  assert.deepEqual(attrs, { title: 'Vietas Jēkabpils novadā', loading: 'lazy' });
  // Only Jēkabpils places; no municipality, kind or category controls.
  const metas = await frame.locator('.place-meta').allTextContents();
  assert.ok(metas.length > 3, `${metas.length} places`);
  for (const m of metas) assert.match(m, /Jēkabpils/);
  assert.equal(await frame.locator('#m-jekabpils, #m-aizkraukle, .filters, .chip').count(), 0);
  assert.match(await frame.locator('.results .count').textContent(), /^\d+ vietas? Jēkabpils novadā$/);
  // The iframe takes the content's height (not its initial 640 px).
  const grown = async () => {
    const want = await contentHeight(frame);
    await page.waitForFunction((w) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - Math.max(200, w)) <= 2, want, { polling: 100, timeout: 10000 });
    return want;
  };
  const full = await grown();
  assert.ok(full > 700, `content ${full}px`);
  // A search narrows the list, and the iframe shrinks with it.
  await frame.locator('#place-search').fill('Aknīste');
  await frame.waitForFunction(() => document.querySelectorAll('.place-list li').length <= 2, null, { polling: 100 });
  const narrowed = await grown();
  assert.ok(narrowed < full - 100, `${narrowed} < ${full}`);
  // "Open full map" goes to the same view on the full site.
  const href = await frame.locator('.embed-full').evaluate((a) => a.href);
  const u = new URL(href);
  assert.equal(u.origin, env.base);
  assert.equal(u.pathname, '/');
  assert.equal(u.searchParams.get('m'), 'jekabpils');
  assert.equal(u.searchParams.get('lock'), null);
  assert.equal(await frame.locator('.embed-full').getAttribute('target'), null);
  // Forged heights: from the partner page itself, and from another window
  // of the app's own origin, are both ignored.
  const before = await iframeHeight(page);
  await page.evaluate(() => window.postMessage({ type: 'selija:resize', v: 1, id: 'selija-1', height: 3333 }, '*'));
  await page.evaluate((src) => new Promise((r) => {
    const f = document.createElement('iframe');
    f.id = 'other'; f.src = src; f.onload = r; f.style.height = '10px';
    document.body.appendChild(f);
  }), `${env.base}/data/selija.json`);
  // (The data: the app's pages may only be framed by the app itself.)
  const other = page.frames().find((f) => f.url().endsWith('/data/selija.json'));
  await other.evaluate(() => parent.postMessage({ type: 'selija:resize', v: 1, id: 'selija-1', height: 3333 }, '*'));
  // Then the parent's own hello: its answer comes after the forged
  // messages were handled (messages are handled in order), so the height
  // is read once they had their chance to change it.
  await page.evaluate(() => new Promise((resolve) => {
    const f = document.getElementById('selija-1') || document.querySelector('iframe');
    addEventListener('message', function answer(e) {
      if (e.source === f.contentWindow && e.data?.type === 'selija:resize') {
        removeEventListener('message', answer);
        resolve();
      }
    });
    f.contentWindow.postMessage({ type: 'selija:hello' }, '*');
  }));
  assert.equal(await iframeHeight(page), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed.js: the plain wheel over an embedded map scrolls the partner page', async () => {
  const { page, context, errors } = await partnerPage('/map.html', `
    <h1>Karte</h1>
    <div data-selija-embed="m=jekabpils&amp;lock=1&amp;tiles=off" data-title="Karte"></div>
    <p style="height:2000px">Partner text</p>
    <script src="${env.base}/embed.js" async></script>`);
  const frame = await embedFrame(page);
  await frame.locator('.map').waitFor({ timeout: 15000 });
  await frame.locator('.marker, .cluster').first().waitFor({ timeout: 15000 });
  // The map keeps its own height (480 by default).
  assert.equal(Math.round(await frame.locator('.embed-map').evaluate((e) => e.getBoundingClientRect().height)), 480);
  const box = await page.locator('iframe').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 500) / 2);
  const y0 = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction((y) => window.scrollY > y, y0, { polling: 100, timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('sandboxed like WordPress: places, search, a filter, link and height messages with the secret', async () => {
  const src = `${env.base}/embed?view=list&tiles=off#?secret=abcdefghij`;
  const { page, context, errors } = await partnerPage('/wp.html', `
    <script>
      window.got = [];
      window.addEventListener('message', function (e) {
        var f = document.getElementById('wp');
        if (f && e.source === f.contentWindow) window.got.push(e.data);
      });
    </script>
    <iframe id="wp" sandbox="allow-scripts" security="restricted" src="${src}" width="700" height="400" title="Sēlijas salas"></iframe>`);
  // Poll by interval: a frame may get no animation frames.
  await page.waitForFunction(() => window.got.some((m) => m.message === 'height' && m.secret === 'abcdefghij' && m.value > 0), null, { polling: 100, timeout: 15000 });
  const frame = await embedFrame(page);
  await frame.locator('.place-list li').first().waitFor({ timeout: 15000 });
  // Our own protocol too, and "ready" once drawn.
  await page.waitForFunction(() => window.got.some((m) => m.type === 'selija:ready') && window.got.some((m) => m.type === 'selija:resize'), null, { polling: 100 });
  // WordPress's own "ready" is answered with the height.
  const n = await page.evaluate(() => window.got.filter((m) => m.message === 'height').length);
  await page.evaluate(() => document.getElementById('wp').contentWindow.postMessage({ message: 'ready', secret: 'abcdefghij' }, '*'));
  await page.waitForFunction((k) => window.got.filter((m) => m.message === 'height').length > k, n, { polling: 100 });
  // Search and a filter work.
  const all = await frame.locator('.place-list li').count();
  // A 700 px frame is phone-sized: the filters fold behind their button.
  const fold = frame.locator('.filters-toggle');
  if (await fold.isVisible()) await fold.click();
  await frame.locator('#m-jekabpils').check();
  await frame.waitForFunction((a) => document.querySelectorAll('.place-list li').length < a, all, { polling: 100 });
  for (const m of await frame.locator('.place-meta').allTextContents()) assert.match(m, /Jēkabpils/);
  await frame.locator('#place-search').fill('Aknīste');
  await frame.waitForFunction(() => document.querySelectorAll('.place-list li').length <= 2, null, { polling: 100 });
  // A link click becomes WordPress's link message (absolute URL).
  await frame.locator('.details-link').first().click();
  await page.waitForFunction(() => window.got.some((m) => m.message === 'link'), null, { polling: 100 });
  const link = await page.evaluate(() => window.got.find((m) => m.message === 'link'));
  assert.equal(link.secret, 'abcdefghij');
  assert.ok(link.value.startsWith(`${env.base}/place/`), link.value);
  // The frame stayed where it was.
  assert.match(frame.url(), /\/embed\?/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('/share: the form drives preview and snippets; the copied snippet works on a partner page', async () => {
  const { page, context, errors } = await openPage(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await page.goto(`${env.base}/share?m=jekabpils&view=list`);
  await page.locator('#share-code-iframe').waitFor({ timeout: 15000 });
  const code = () => page.locator('#share-code-iframe').inputValue();
  const preview = () => page.locator('.share-preview').getAttribute('src');
  assert.match(await code(), /src="http:\/\/127\.0\.0\.1:\d+\/embed\?m=jekabpils&amp;view=list&amp;lang=lv"/);
  assert.match(await code(), /title="Sēlijas salas: vietu saraksts Jēkabpils novadā"/);
  assert.match(await code(), /loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="geolocation; fullscreen" style="width:100%;height:640px;border:0"/);
  assert.equal(await preview(), `${env.base}/embed?m=jekabpils&view=list&lang=lv`);
  await page.locator('#share-lock').check();
  await page.waitForFunction(() => document.querySelector('.share-preview').src.includes('lock=1'), null, { polling: 100 });
  assert.match(await code(), /lock=1/);
  await page.locator('#share-m-kraslava').check();
  assert.match(await code(), /m=jekabpils,kraslava/);
  await page.locator('#share-m-kraslava').uncheck();
  await page.locator('#share-view-calendar-month').check();
  assert.match(await preview(), /\/embed\/calendar\?m=jekabpils&view=month/);
  await page.locator('#share-view-list').check();
  await page.locator('#share-lang').selectOption('en');
  assert.match(await preview(), /lang=en/);
  await page.locator('#share-lang').selectOption('lv');
  // Copy the embed.js variant and paste it into a fresh partner page.
  await page.locator('.copy-box').nth(1).getByRole('button').click();
  await page.locator('.copy-box').nth(1).locator('.copy-status').filter({ hasText: 'Nokopēts' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /data-selija-embed="m=jekabpils&amp;view=list&amp;lang=lv&amp;lock=1"/);
  assert.deepEqual(errors, []);
  await context.close();

  const p = await partnerPage('/pasted.html', `<h1>Pasted</h1>\n${copied}\n<p>after</p>`);
  const frame = await embedFrame(p.page);
  await frame.locator('.place-list li').first().waitFor({ timeout: 15000 });
  assert.equal(await frame.locator('.filters').count(), 0);
  await p.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 700, null, { polling: 100, timeout: 10000 });
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('/share: the plain iframe code holds the whole map and its attribution, wide or narrow', async () => {
  for (const lang of ['lv', 'en']) {
    const { page, context } = await openPage(env);
    await page.goto(`${env.base}/share?lang=${lang}`);
    const code = await page.locator('#share-code-iframe').inputValue();
    await context.close();
    const height = Number(code.match(/height="(\d+)"/)[1]);
    // A partner's content column, from a wide page to a phone's.
    for (const width of [760, 600, 340]) {
      const p = await partnerPage(`/plain-${lang}-${width}.html`, `<div style="width:${width}px">${code}</div>`);
      const frame = await embedFrame(p.page);
      await frame.locator('.embed-map .map').waitFor({ timeout: 15000 });
      await stable(frame, '.embed-root *');
      const inner = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        view: innerHeight,
        attribution: Math.ceil(document.querySelector('.embed-map').getBoundingClientRect().bottom),
        foot: Math.ceil(document.querySelector('.embed-foot').getBoundingClientRect().bottom),
      }));
      assert.equal(inner.view, height, 'the frame is as tall as the code says');
      assert.ok(inner.scroll <= inner.view, `${lang}, ${width} px: content ${inner.scroll} px in a ${inner.view} px frame`);
      assert.ok(inner.attribution <= inner.view && inner.foot <= inner.view, `${lang}, ${width} px: map and sources in view`);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }
  }
});

/** axe's serious and critical violations on the page as it is. */
async function serious(page) {
  // Evaluated, not added as a <script>: the page's CSP allows no inline script.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join('\n    ')}`);
  });
}

for (const lang of ['lv', 'en']) {
  test(`axe: no serious or critical violations on the embeds and /share (${lang})`, async () => {
    const { page, context, errors } = await openPage(env, { locale: lang === 'lv' ? 'lv-LV' : 'en-GB' });
    const problems = [];
    for (const [path, ready] of [
      ['/embed?tiles=off', '.embed-map .map'],
      ['/embed?view=list', '.place-list li'],
      ['/embed?view=both&tiles=off', '.place-list li'],
      ['/embed?view=list&m=jekabpils&lock=1', '.place-list li'],
      ['/embed/calendar?month=2022-03', '[role="grid"], .agenda-events'],
      ['/embed/calendar?view=list', '.agenda-events'],
      ['/share?m=jekabpils', '#share-code-iframe'],
    ]) {
      await page.goto(`${env.base}${path}&lang=${lang}`.replace('?&', '?'));
      await page.locator(ready).first().waitFor({ timeout: 15000 });
      await stable(page, 'body *');
      for (const v of await serious(page)) problems.push(`${path}: ${v}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a mistyped embed address says so inside the partner\'s frame, with the way to a working code', async () => {
  const { page, context, errors } = await partnerPage('/broken.html', `<h1>Mūsu pagasts</h1><iframe src="${env.base}/embed/kalendars?link=top" title="Sēlijas salas" width="600" height="400"></iframe>`);
  try {
    const frame = await embedFrame(page);
    const heading = frame.getByRole('heading', { name: 'Šāda iegultā skata nav' });
    await heading.waitFor({ timeout: 15000 });
    // No site chrome in the frame: it is still an embed.
    assert.equal(await frame.locator('.site-header, .site-footer').count(), 0);
    assert.equal(await frame.locator('html.embed').count(), 1);
    // The way forward leaves the frame: /share, where the code is made,
    // and the full site's home (not /kalendars, which does not exist).
    const share = frame.getByRole('link', { name: /Izveidot pareizo kodu/ });
    assert.equal(new URL(await share.evaluate((a) => a.href)).pathname, '/share');
    const site = frame.getByRole('link', { name: /Atvērt Sēlijas salas/ });
    assert.equal(new URL(await site.evaluate((a) => a.href)).pathname, '/');
    // Only the expected 404 of the frame's own address is logged.
    assert.deepEqual(errors.filter((e) => !/status of 404 .*\/embed\/kalendars/.test(e)), []);
    // link=top: the partner's tab goes to the site.
    await site.click();
    await page.waitForURL(`${env.base}/`);
  } finally {
    await context.close();
  }
});

test('"Add to trip" in an embed opens the full site\'s planner in a new tab, storing nothing in the frame', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/embed?view=list&m=jekabpils&link=top');
  const first = fixture.places.find((p) => p.municipality === 'jekabpils');
  const toggle = page.getByRole('link', { name: new RegExp(`: ${first.name.lv}$`) });
  await toggle.waitFor();
  const href = new URL(await toggle.evaluate((a) => a.href));
  assert.equal(href.pathname, '/trip');
  assert.equal(href.searchParams.get('d'), first.id);
  // A new tab even where the embed's other links open in the partner's tab.
  const popup = page.waitForEvent('popup');
  await toggle.click();
  const tab = await popup;
  assert.equal(await toggle.getAttribute('target'), '_blank');
  await tab.waitForURL(/\/trip\?d=/);
  assert.equal(await page.evaluate(() => { try { return localStorage.length; } catch { return 0; } }), 0, 'nothing stored by the embed');
  await tab.close();
}));
