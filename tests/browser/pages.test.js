// The static pages the build writes for link previews and oEmbed
// (src/pages, run as Trunk's post_build hook): what a crawler, a chat app
// or WordPress reads from the server before any wasm runs. Checked on the
// built test site (its pages come from the fixture) for a sample of places
// and events, then opened in the browser, where the app takes over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { start, withPage, fixture } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** The `<head>` of a built page, as the server sends it. */
function head(rel) {
  const file = path.join(env.dist, rel, 'index.html');
  assert.ok(existsSync(file), `${rel}/index.html is written`);
  const html = readFileSync(file, 'utf8');
  return html.slice(0, html.indexOf('</head>'));
}

const meta = (h, attr, name) => {
  const m = h.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`));
  return m && m[1];
};
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// Every tenth place, and the first place with a description.
const places = fixture.places.filter((_, i) => i % 10 === 0);

test('each sampled place has its own title, description, Open Graph tags and an oEmbed link', async () => {
  assert.ok(places.length >= 5);
  for (const p of places) {
    const h = head(`place/${p.id}`);
    assert.equal(unescape(h.match(/<title>([^<]*)<\/title>/)[1]), `${p.name.lv} — Sēlijas salas`);
    assert.equal((h.match(/<title>/g) || []).length, 1, 'one title');
    assert.equal(unescape(meta(h, 'property', 'og:title')), p.name.lv);
    const description = unescape(meta(h, 'name', 'description'));
    assert.ok(description.length > 0 && description.length <= 161, `a short description for ${p.id}`);
    if (p.description?.lv) assert.ok(p.description.lv.startsWith(description.replace(/…$/, '').trim().slice(0, 40)), `${p.id}: from its description`);
    assert.match(meta(h, 'property', 'og:url'), new RegExp(`/place/${p.id}$`));
    assert.match(meta(h, 'property', 'og:image'), /^https?:\/\/.+\.png$/);
    assert.equal(meta(h, 'property', 'og:locale'), 'lv_LV');
    assert.equal(meta(h, 'property', 'og:locale:alternate'), 'en_GB');
    assert.equal(meta(h, 'name', 'twitter:card'), 'summary_large_image');
    assert.match(h, new RegExp(`<link rel="canonical" href="[^"]*/place/${p.id}"`));
    const oembed = h.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
    assert.ok(oembed, `${p.id} has an oEmbed link`);
    // The link is absolute (WordPress fetches it as it is); fetch it from
    // the test server by its path.
    const url = new URL(unescape(oembed[1]));
    assert.equal(url.pathname, `/oembed/place/${p.id}.json`);
    const res = await fetch(env.base + url.pathname);
    assert.equal(res.status, 200);
    const doc = await res.json();
    assert.equal(doc.type, 'rich');
    assert.equal(doc.version, '1.0');
    assert.equal(doc.provider_name, 'Sēlijas salas');
    assert.equal(doc.title, p.name.lv);
    assert.ok(doc.width > 0 && doc.height > 0);
    // WordPress keeps a blockquote first, then the iframe, with width and height.
    assert.match(doc.html, /^<blockquote[^>]*><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe /);
    const src = doc.html.match(/<iframe src="([^"]+)"/)[1];
    const frame = new URL(unescape(src));
    assert.equal(frame.pathname, '/embed');
    assert.equal(frame.searchParams.get('p'), p.id);
    assert.match(doc.html, /width="\d+" height="\d+"/);
    assert.doesNotMatch(doc.html, /style=|loading=|allow=/);
  }
});

test('event pages and the calendar have their own heads too', async () => {
  const events = fixture.events.filter((_, i) => i % 9 === 0);
  for (const e of events) {
    const h = head(`event/${e.id}`);
    assert.equal(unescape(h.match(/<title>([^<]*)<\/title>/)[1]), `${e.title.lv} — Sēlijas salas`);
    const oembed = h.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
    const doc = await (await fetch(env.base + new URL(unescape(oembed[1])).pathname)).json();
    assert.equal(new URL(unescape(doc.html.match(/<iframe src="([^"]+)"/)[1])).pathname, '/embed/calendar');
  }
  assert.match(head('calendar'), /<title>[^<]*kalendārs[^<]*<\/title>/i);
});

test('a written place page opens as the app, showing that place', () => withPage(env, async ({ page }) => {
  const p = places[1];
  const res = await page.goto(env.base + `/place/${p.id}`);
  assert.equal(res.status(), 200);
  await page.getByRole('heading', { level: 1, name: p.name.lv }).waitFor();
  assert.equal(await page.title(), `${p.name.lv} — Sēlijas salas`);
}));
