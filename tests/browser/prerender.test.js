// The pre-rendered first screen (src/pages/prerender.rs): real content in
// the HTML, usable without JavaScript, and taken over by the app without a
// jump. The build's pages are written from the fixture (SELIJA_DATA).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, withPage, waitForList, fixture } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** The boxes of what a visitor looks at first: the first name, the list, the map. */
const boxes = (page) => page.evaluate(() => {
  const box = (sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r && { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) };
  };
  return { name: box('.place-list .place-link'), list: box('.results'), map: box('.map'), filters: box('.filters') };
});

test('without JavaScript the home page shows the places, filter links and the map', () => withPage(env, { javaScriptEnabled: false }, async ({ page }) => {
  await page.goto(env.base + '/');
  const names = await page.locator('.place-list .place-link').allInnerTexts();
  const expected = fixture.places.slice(0, 60).map((p) => p.name.lv);
  assert.deepEqual(names, expected);
  // The links lead to the places' pages.
  assert.equal(await page.locator('.place-list .place-link').first().getAttribute('href'), `place/${fixture.places[0].id}`);
  // Municipalities are links to the filtered list.
  const links = await page.locator('.filters a.check').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.some((h) => h.startsWith('./?m=')), links.join(' '));
  // The map's first view: the base map and markers or clusters.
  assert.ok(await page.locator('.map svg.map-static .map-outline').count() === 1);
  const drawn = await page.locator('.map .static-marker, .map .static-cluster').count();
  assert.ok(drawn > 0, 'no markers on the static map');
  // Nothing of the app ran: the boot screen is still there.
  assert.equal(await page.locator('#boot').count(), 1);
  // A note in the page's language says what does not work without it.
  const note = page.locator('noscript .noscript-note');
  assert.ok(await note.isVisible());
  assert.match(await note.innerText(), /^JavaScript ir izslēgts: .*filtriem, kartei/);
}));

test('the app takes over the pre-rendered home without a jump and with the same list', async () => {
  let before;
  await withPage(env, { javaScriptEnabled: false }, async ({ page }) => {
    await page.goto(env.base + '/');
    before = await boxes(page);
  });
  await withPage(env, async ({ page }) => {
    await page.goto(env.base + '/');
    await waitForList(page);
    // The boot screen is gone, and so is every pre-rendered element.
    await page.waitForFunction(() => !document.getElementById('boot') && !document.documentElement.classList.contains('booting'));
    assert.equal(await page.locator('[data-prerendered]').count(), 0);
    const names = await page.locator('.place-list .place-link').allInnerTexts();
    assert.deepEqual(names, fixture.places.slice(0, 60).map((p) => p.name.lv));
    const after = await boxes(page);
    for (const key of ['name', 'list', 'map', 'filters']) {
      for (const d of ['x', 'y', 'w']) {
        assert.ok(Math.abs(before[key][d] - after[key][d]) <= 4, `${key}.${d}: ${before[key][d]} before, ${after[key][d]} after`);
      }
    }
    // The live map shows markers (the static picture's are gone).
    await page.locator('.map .marker, .map .cluster').first().waitFor();
  });
});

/** The words on the first screen that depend on its language. */
const firstWords = (page) => page.evaluate(() => ({
  lang: document.documentElement.lang,
  nav: [...document.querySelectorAll('.site-nav a')].map((a) => a.textContent.trim()),
  switchLabel: document.querySelector('.lang-switch')?.getAttribute('aria-label'),
  // The app's switch is buttons, the pre-rendered one links (both say which is current).
  pressed: document.querySelector('.lang-button[aria-pressed="true"], .lang-button[aria-current="true"]')?.textContent,
  tagline: document.querySelector('.tagline')?.textContent,
  count: document.querySelector('.results .count')?.textContent.trim(),
  names: [...document.querySelectorAll('.place-list .place-link')].slice(0, 5).map((a) => a.textContent),
  current: document.querySelector('.site-nav [aria-current="page"]')?.textContent.trim(),
  // Where the header's parts stand: nothing may move on takeover.
  header: ['.site-nav', '.share-link', '.trip-counter', '.lang-switch'].map((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? `${sel} ${Math.round(r.x)},${Math.round(r.y)}` : `${sel} missing`;
  }),
}));

test('an English browser gets the first screen in English, as the app then shows it', async () => {
  const first = fixture.places[0];
  let before;
  await withPage(env, { locale: 'en-GB', javaScriptEnabled: false }, async ({ page }) => {
    await page.goto(env.base + '/');
    before = await firstWords(page);
    assert.equal(before.lang, 'en');
    assert.deepEqual(before.nav, ['Places', 'Calendar']);
    assert.equal(before.switchLabel, 'Language');
    assert.equal(before.pressed, 'EN');
    assert.deepEqual(before.names, fixture.places.slice(0, 5).map((p) => p.name.en));
    assert.match(before.count, /places/);
    assert.equal(before.current, 'Places');
    // Every page the build writes, not only the home page.
    await page.goto(`${env.base}/place/${first.id}`);
    assert.equal(await page.locator('h1').innerText(), first.name.en);
    await page.goto(env.base + '/calendar');
    assert.equal(await page.locator('h1').innerText(), 'Event calendar');
    // A link that names Latvian gets Latvian.
    await page.goto(env.base + '/?lang=lv');
    const lv = await firstWords(page);
    assert.equal(lv.lang, 'lv');
    assert.deepEqual(lv.nav, ['Vietas', 'Kalendārs']);
    assert.deepEqual(lv.names, fixture.places.slice(0, 5).map((p) => p.name.lv));
  });
  // The app keeps every word of it: nothing changes language on takeover.
  await withPage(env, { locale: 'en-GB' }, async ({ page }) => {
    await page.goto(env.base + '/');
    await waitForList(page);
    assert.deepEqual(await firstWords(page), before);
  });
});

test('the language a visitor picks is the one the next visit starts in', async () => {
  let cookies;
  await withPage(env, async ({ page, context }) => {
    await page.goto(env.base + '/');
    await waitForList(page);
    await page.locator('.lang-button[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    cookies = await context.cookies();
    assert.ok(cookies.some((c) => c.name === 'selija_lang' && c.value === 'en'), JSON.stringify(cookies));
  });
  // A Latvian browser, with that cookie, before any script runs.
  await withPage(env, { javaScriptEnabled: false }, async ({ page, context }) => {
    await context.addCookies(cookies);
    await page.goto(env.base + '/');
    const words = await firstWords(page);
    assert.equal(words.lang, 'en');
    assert.deepEqual(words.nav, ['Places', 'Calendar']);
  });
});

/** The top edges of a record page's parts, and the widths of the page
 *  and its text column (a map beside it narrows the text), rounded. */
const recordTops = (page) => page.evaluate(() => ({
  ...Object.fromEntries(
    ['h1', '.kicker', '.page-actions', '.description', '.facts', '.facts dd:last-of-type', '.place-map'].map((sel) => {
      const r = document.querySelector(`article ${sel}`)?.getBoundingClientRect();
      return [sel, r ? Math.round(r.y) : null];
    }),
  ),
  'page width': Math.round(document.querySelector('article').getBoundingClientRect().width),
  'text width': Math.round(document.querySelector('article h1').getBoundingClientRect().width),
}));

test('a place page and an event page show their content before the app, which then takes over in place', async () => {
  const event = fixture.events.find((e) => e.id === 'selijas-kongress-1-1999');
  const place = fixture.places.find((p) => p.id === event.place);
  const tops = {};
  await withPage(env, { javaScriptEnabled: false }, async ({ page }) => {
    await page.goto(`${env.base}/event/${event.id}`);
    assert.equal(await page.locator('h1').innerText(), event.title.lv);
    const facts = await page.locator('.facts dt').allInnerTexts();
    assert.ok(facts.length >= 4, facts.join(' | '));
    const dd = await page.locator('.facts dd').allInnerTexts();
    assert.ok(dd.some((d) => d.includes(place.name.lv)), dd.join(' | '));
    assert.ok(dd.some((d) => d.includes(event.location.name.lv)), dd.join(' | '));
    assert.equal(await page.locator(`.facts a[href="place/${place.id}"]`).count(), 1);
    assert.equal(await page.locator('.back-link').getAttribute('href'), 'calendar');
    // The trip toggle waits for the app, in the place it will have.
    assert.ok(await page.locator('.page-actions .trip-toggle[disabled]').isVisible());
    tops.event = await recordTops(page);
    // The map's room is kept beside the text (this window is wide).
    assert.notEqual(tops.event['.place-map'], null);
    await page.goto(`${env.base}/place/${place.id}`);
    tops.place = await recordTops(page);
  });
  await withPage(env, async ({ page }) => {
    for (const [kind, path] of [['event', `/event/${event.id}`], ['place', `/place/${place.id}`]]) {
      await page.goto(env.base + path);
      await page.locator('#main article h1').waitFor();
      // The place on its small map, on the event's page too.
      await page.locator('#main .place-map .map .marker').first().waitFor();
      const now = await recordTops(page);
      for (const [sel, y] of Object.entries(tops[kind])) {
        if (y === null) continue;
        assert.ok(Math.abs(now[sel] - y) <= 2, `${kind} ${sel}: at ${y} before the app, ${now[sel]} after`);
      }
    }
  });
});

test('a shared trip link shows the loading screen, not the home page, until the app draws the trip', async () => {
  await withPage(env, { javaScriptEnabled: false }, async ({ page }) => {
    await page.goto(`${env.base}/trip?s=p.${fixture.places[0].id}`);
    assert.equal(await page.title(), 'Ceļojums — Sēlijas salas');
    assert.ok(await page.locator('#boot .boot-note').isVisible());
    assert.equal(await page.locator('.place-list, .map').count(), 0, 'the home page\'s list and map');
    assert.equal(await page.locator('.trip-counter').getAttribute('aria-current'), 'page');
  });
});

test('before the app starts, the language switch already switches the page', () => withPage(env, { javaScriptEnabled: false }, async ({ page }) => {
  const place = fixture.places[1];
  await page.goto(`${env.base}/place/${place.id}`);
  assert.equal(await page.locator('h1').innerText(), place.name.lv);
  await page.locator('.lang-button[lang="en"]').click();
  await page.waitForURL(`${env.base}/place/${place.id}?lang=en`);
  assert.equal(await page.locator('h1').innerText(), place.name.en);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('.lang-button[aria-current="true"]').innerText(), 'EN');
  // And back, on the home page too.
  await page.goto(env.base + '/?lang=en');
  await page.locator('.lang-button[lang="lv"]').click();
  await page.waitForURL(`${env.base}/?lang=lv`);
  assert.deepEqual(await page.locator('.site-nav a').allInnerTexts(), ['Vietas', 'Kalendārs']);
}));

// The wasm refused, so "before the app" lasts (the boot script's failure
// is then expected).
const NO_WASM = { ignoreErrors: /wasm|WebAssembly|Failed to fetch|net::ERR_FAILED/i };

test('before the app, links keep the language a link asked for, and the switch keeps the URL', () => withPage(env, NO_WASM, async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  // A Latvian browser opens an English link to a calendar month.
  await page.goto(`${env.base}/calendar?month=2022-03&lang=en`, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const href = (sel) => page.locator(sel).evaluate((a) => a.href.slice(location.origin.length));
  // The switch opens this month in Latvian, not the calendar's first page.
  await page.waitForFunction(() => document.querySelector('.lang-button[lang="lv"]').href.includes('month='));
  assert.equal(await href('.lang-button[lang="lv"]'), '/calendar?month=2022-03&lang=lv');
  // The other pages stay English: the server sends what `lang` asks for.
  assert.equal(await href('.site-nav a:not([aria-current])'), '/?lang=en');
  await page.locator('.site-nav a:not([aria-current])').click();
  await page.waitForURL(`${env.base}/?lang=en`);
  await page.locator('#boot .home[data-early="ready"]').waitFor();
  assert.deepEqual(await page.locator('.site-nav a').allInnerTexts(), ['Places', 'Calendar']);
  // The home page's filters rewrite the URL: the switch follows, and the
  // phone's "Filters" link stays on this page (not the base's bare home).
  await page.locator('#boot .filters a.check[data-key="m"]').first().click();
  const query = await page.evaluate(() => location.search);
  assert.match(query, /^\?m=[a-z]+&lang=en$/);
  await page.locator('.lang-button[lang="lv"]').hover();
  assert.equal(await href('.lang-button[lang="lv"]'), `/${query.replace('lang=en', 'lang=lv')}`);
  await page.locator('.filters-toggle').focus();
  assert.equal(await href('.filters-toggle'), `/${query}#filter-body`);
}));

// The browser logs a page's 404 as an error: here it is what is tested.
const MISSING = /status of 404 \(Not Found\) @ \S+\/(no\/such\/page|place\/atlantis)/;

test('an unknown path is a 404 that says "not found" at once, in the visitor\'s language', async () => {
  await withPage(env, { javaScriptEnabled: false, ignoreErrors: MISSING }, async ({ page }) => {
    const response = await page.goto(`${env.base}/no/such/page`);
    assert.equal(response.status(), 404);
    assert.equal(await page.title(), 'Lapa nav atrasta — Sēlijas salas');
    assert.equal(await page.locator('h1').innerText(), 'Lapa nav atrasta');
    assert.equal(await page.locator('.place-list, .map').count(), 0, 'not the home page');
    await page.getByRole('link', { name: 'Uz sākumlapu' }).click();
    await page.locator('#boot .place-list').waitFor();
  });
  const noWasmOr404 = new RegExp(`${NO_WASM.ignoreErrors.source}|${MISSING.source}`, 'i');
  await withPage(env, { locale: 'en-GB', ignoreErrors: noWasmOr404 }, async ({ page }) => {
    await page.route(/\.wasm$/, (route) => route.abort());
    const response = await page.goto(`${env.base}/place/atlantis?x=1`, { waitUntil: 'domcontentloaded' });
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('h1').innerText(), 'Page not found');
    // Its switch (written for no path) opens this URL in Latvian.
    await page.waitForFunction(() => document.querySelector('.lang-button[lang="lv"]').href.includes('atlantis'));
    await page.locator('.lang-button[lang="lv"]').click();
    await page.waitForURL(`${env.base}/place/atlantis?x=1&lang=lv`);
    assert.equal(await page.locator('h1').innerText(), 'Lapa nav atrasta');
  });
  // The app starts on it like on any page, and says which thing is missing.
  await withPage(env, { ignoreErrors: MISSING }, async ({ page }) => {
    await page.goto(`${env.base}/place/atlantis`);
    await page.getByText('Vieta ar šādu identifikatoru nav atrasta.').waitFor();
    assert.equal(await page.locator('#boot').count(), 0);
    assert.equal(await page.locator('h1').innerText(), 'Lapa nav atrasta');
  });
});

test('on "not found" and the app\'s own pages the header stands where the app then draws it', async () => {
  for (const path of ['/no/such/page', '/trip', `/place/${fixture.places[0].id}`, '/calendar']) {
    let before;
    await withPage(env, { javaScriptEnabled: false, ignoreErrors: MISSING }, async ({ page }) => {
      await page.goto(env.base + path);
      before = (await firstWords(page)).header;
    });
    await withPage(env, { ignoreErrors: MISSING }, async ({ page }) => {
      await page.goto(env.base + path);
      await page.waitForFunction(() => !document.getElementById('boot'));
      assert.deepEqual((await firstWords(page)).header, before, path);
    });
  }
});

test('a language picked before the app starts is remembered, by the server and then by the app', async () => {
  const context = await env.browser.newContext({ locale: 'lv-LV', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // Before the app: its wasm refused.
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(`${env.base}/calendar?month=2022-03`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('.lang-button[lang="en"]').href.includes('month='));
    await page.locator('.lang-button[lang="en"]').click();
    await page.waitForURL(`${env.base}/calendar?month=2022-03&lang=en`);
    // A later visit without `lang` gets English from the server...
    await page.goto(env.base + '/', { waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await page.locator('.site-nav a').allInnerTexts(), ['Places', 'Calendar']);
    // ...and the app, once it runs, keeps it.
    await page.unroute(/\.wasm$/);
    await page.goto(env.base + '/');
    await waitForList(page);
    assert.equal(await page.locator('.lang-button[aria-pressed="true"]').innerText(), 'EN');
    assert.equal(await page.evaluate(() => localStorage.getItem('selijas-salas.lang')), 'en');
  } finally {
    await context.close();
  }
});
