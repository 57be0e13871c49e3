// The built app in a real headless Chromium: what a visitor sees and does.
// Every test runs against the fixture (tests/fixtures/selija-test.json)
// and reads its expectations from it; one test loads the shipped data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { start, withPage, waitForList, fixture, plural, fold, SHIPPED } from './harness.js';

const total = fixture.places.length;
const inMunicipality = (m) => fixture.places.filter((p) => p.municipality === m).length;
/** "N no M vietām" / "vietas": the form after `of` follows M. */
const ofPlaces = (shown, of) => `${shown} no ${of} ${plural(of, 'vietas', 'vietām')}`;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Opens `url` and waits for the list. */
async function home(page, url = '/') {
  await page.goto(env.base + url);
  await waitForList(page);
}

const listCount = (page) => page.locator('.place-list > li').count();
/** Waits until the list has `n` items. */
const listHas = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.place-list > li').length === n, n);
/** The "N no M vietām" count, as numbers. */
async function counted(page) {
  const [shown, of] = (await page.locator('.count').innerText()).match(/\d+/g).map(Number);
  return { shown, of };
}
const query = (page) => new URL(page.url()).searchParams;
/** A text that is a plain string (the Latvian) or `{lv, en}`, as words to search. */
const both = (t) => (t == null ? [] : typeof t === 'string' ? [t] : [t.lv, t.en ?? '']);
/** What the app searches: name, parish (both languages) and tags, folded;
 * every word of the query must be in them. The Latvian names that match. */
const matching = (q) => fixture.places
  .filter((p) => {
    const key = fold([p.name.lv, p.name.en, ...both(p.parish), ...(p.tags ?? [])].join(' '));
    return fold(q).split(' ').every((w) => key.includes(w));
  })
  .map((p) => p.name.lv).sort();

test('while the bundle loads, the pre-rendered home shows; the app replaces it', () => withPage(env, async ({ page }) => {
  // A slow connection: the wasm takes a while to arrive.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(env.base + '/', { waitUntil: 'domcontentloaded' });
  // Real places at once (src/pages/prerender.rs), not a spinner.
  await page.locator('#boot .place-list .place-link').first().waitFor();
  assert.equal(await page.locator('#boot .place-list .place-link').first().innerText(), fixture.places[0].name.lv);
  assert.equal(await page.locator('.site-header .brand-name').innerText(), 'Sēlijas salas');
  release();
  await waitForList(page);
  assert.equal(await page.locator('#boot').count(), 0, 'the boot screen is gone');
  assert.equal(await page.locator('.site-header').count(), 1, 'one header');
  assert.equal(await page.locator('main').count(), 1, 'one main');
}));

test('a path without a page of its own gets the home screen until the app has drawn it', () => withPage(env, async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(env.base + '/share', { waitUntil: 'domcontentloaded' });
  // /share has no file of its own: the server answers with the home page,
  // whose pre-rendered screen stays until the app has drawn /share.
  await page.locator('#boot').waitFor({ state: 'attached' });
  release();
  await page.waitForFunction(() => !document.getElementById('boot'));
  assert.equal(await page.locator('main').count(), 1, 'one main');
}));

test('the shipped data loads with nothing skipped', () => withPage(env, { data: SHIPPED }, async ({ page }) => {
  // The one test of public/data/selija.json itself: every record is valid
  // (a skipped one would show the "N records skipped" report).
  const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8'));
  await home(page);
  const n = shipped.places.length;
  assert.deepEqual(await counted(page), { shown: n, of: n });
  assert.equal(await page.locator('.skipped').count(), 0, 'no "records skipped" report');
  await page.goto(env.base + '/calendar?view=list');
  const status = page.locator('.calendar-count [role="status"]');
  await status.waitFor();
  assert.equal(Number((await status.innerText()).match(/\d+/)[0]), shipped.events.length, 'every event counted');
  assert.equal(await page.locator('.skipped').count(), 0, 'no "records skipped" report');
}));

test('the list shows every place, in Latvian by default, a page at a time', () => withPage(env, async ({ page }) => {
  await home(page);
  // The first page's size is the app's to choose: read it from the page.
  const first = await listCount(page);
  assert.ok(first < total, `the fixture must fill more than one page (${first} shown of ${total})`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'lv');
  await page.getByRole('heading', { name: 'Vietas', level: 1 }).waitFor();
  assert.equal(await page.locator('.count').innerText(), ofPlaces(total, total));
  // The rest of a long list is a click away.
  await page.getByRole('button', { name: `Rādīt vēl (${total - first})` }).click();
  await listHas(page, Math.min(total, 2 * first));
  // Unverified communities are listed and marked.
  const unmapped = fixture.places.filter((p) => p.lat === undefined).length;
  assert.ok(unmapped > 0, 'the fixture has places without coordinates');
  assert.equal(await page.locator('.place-list').getByText('atrašanās vieta nav pārbaudīta').count(), unmapped);
  // Attribution is shown.
  assert.match(await page.locator('footer').innerText(), /GeoNames.*OpenStreetMap/s);
}));

test('a municipality checkbox narrows the list and writes m= to the URL', () => withPage(env, async ({ page }) => {
  await home(page);
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole('checkbox', { name: /Krāslavas novads/ }).check();
  await listHas(page, inMunicipality('kraslava'));
  assert.equal(query(page).get('m'), 'kraslava');
  const metas = await page.locator('.place-meta').allInnerTexts();
  assert.ok(metas.every((t) => t.includes('Krāslavas novads')), metas.join('|'));
  // A second municipality adds to the first.
  await page.getByRole('checkbox', { name: /Augšdaugavas novads/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === 'augsdaugava,kraslava');
  await listHas(page, inMunicipality('kraslava') + inMunicipality('augsdaugava'));
  // Filter changes replace the history entry instead of piling up.
  assert.equal(await page.evaluate(() => history.length), historyBefore);
}));

test('a deep link with m= restores the filter', () => withPage(env, async ({ page }) => {
  await home(page, '/?m=jekabpils,augsdaugava');
  const both = inMunicipality('jekabpils') + inMunicipality('augsdaugava');
  assert.equal(await listCount(page), both);
  assert.equal(await page.locator('.count').innerText(), ofPlaces(both, total));
  assert.ok(await page.getByRole('checkbox', { name: /Jēkabpils novads/ }).isChecked());
  assert.ok(!(await page.getByRole('checkbox', { name: /Aizkraukles novads/ }).isChecked()));
}));

test('an unknown municipality or language in the URL is ignored with a notice', () => withPage(env, async ({ page }) => {
  await home(page, '/?m=nowhere&lang=xx');
  assert.deepEqual(await counted(page), { shown: total, of: total });
  const notice = page.locator('.notice');
  // In words a visitor knows, not the link's keys; two problems, a list.
  assert.deepEqual(await notice.locator('li').allInnerTexts(), [
    'Saitē minētais novads „nowhere” nav atpazīts; tas ignorēts.',
    'Saitē minētā valoda „xx” nav atpazīta; tā ignorēta.',
  ]);
  await notice.getByRole('button').click();
  await notice.waitFor({ state: 'detached' });
}));

test('a link to a place that is not in the data says so', () => withPage(env, async ({ page }) => {
  await home(page, '/?p=no-such-place');
  const notice = page.locator('.notice');
  await notice.waitFor();
  // One problem: a sentence, not a list of one.
  assert.equal(await notice.locator('p').innerText(), 'Saitē minētā vieta „no-such-place” nav atpazīta; tā ignorēta.');
  assert.equal(await notice.locator('li').count(), 0);
  assert.equal(await page.locator('.place-item.is-selected').count(), 0);
}));

test('lang=en switches the text and <html lang>; the switch writes lang=', () => withPage(env, async ({ page }) => {
  await home(page, '/?lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('heading', { name: 'Places', level: 1 }).waitFor();
  assert.equal(await page.locator('.count').innerText(), `${total} of ${total} ${total === 1 ? 'place' : 'places'}`);
  await page.getByRole('button', { name: 'LV', exact: true }).click();
  await page.getByRole('heading', { name: 'Vietas', level: 1 }).waitFor();
  assert.equal(query(page).get('lang'), 'lv');
  assert.equal(await page.locator('html').getAttribute('lang'), 'lv');
}));

test('the browser language decides when the URL does not', () => withPage(env, { locale: 'en-GB' }, async ({ page }) => {
  await home(page);
  await page.getByRole('heading', { name: 'Places', level: 1 }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
}));

test('search ignores case and diacritics', () => withPage(env, async ({ page }) => {
  await home(page);
  const search = page.getByLabel('Meklēt');
  await search.fill('akniste');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'akniste');
  const names = (await page.locator('.place-link').allInnerTexts()).sort();
  assert.ok(names.includes('Aknīste'), names.join('|'));
  assert.deepEqual(names, matching('akniste'));
  await search.fill('SELPILS');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'SELPILS');
  await listHas(page, matching('selpils').length);
  const found = (await page.locator('.place-link').allInnerTexts()).sort();
  assert.ok(found.some((n) => n.startsWith('Sēlpils')), found.join('|'));
  assert.deepEqual(found, matching('selpils'));
  // Typing a space keeps it (the box writes every keystroke to the URL).
  await search.fill('');
  await search.pressSequentially('gārsenes m');
  assert.equal(await search.inputValue(), 'gārsenes m');
}));

test('search finds a place by its parish in English as in Latvian', () => withPage(env, async ({ page }) => {
  const sece = fixture.places.find((p) => p.id === 'sece');
  assert.equal(sece.parish.en, 'Sece Parish', 'the fixture gives Sece its parish in both languages');
  for (const q of [sece.parish.en, sece.parish.lv]) {
    await home(page, `/?q=${encodeURIComponent(q)}`);
    const names = (await page.locator('.place-link').allInnerTexts()).sort();
    assert.ok(names.includes('Sece'), `${q}: ${names.join('|')}`);
    assert.deepEqual(names, matching(q), q);
    // Not every place: the words narrowed the list.
    assert.ok(names.length < total, q);
  }
}));

test('a filter that matches nothing says so and offers to clear it', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/?m=daugavpils&q=zzzz');
  await page.getByText('Neviena vieta neatbilst izvēlētajiem filtriem.').waitFor();
  assert.equal(await listCount(page), 0);
  await page.locator('.empty-state').getByRole('button', { name: 'Notīrīt filtrus' }).click();
  await waitForList(page);
  assert.deepEqual(await counted(page), { shown: total, of: total });
  for (const key of ['m', 'q', 'kind']) assert.equal(query(page).get(key), null, key);
}));

test('a place page shows the place; its back link keeps the filters', () => withPage(env, async ({ page }) => {
  await home(page, '/?m=aizkraukle');
  await page.locator('.place-item').filter({ hasText: 'Sece' }).first().getByRole('link', { name: 'Sīkāk' }).click();
  await page.getByRole('heading', { name: 'Sece', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/place/sece');
  assert.match(await page.locator('.facts:not(.profile-facts)').innerText(), /Seces pagasts/);
  await page.getByRole('link', { name: /Atpakaļ uz sarakstu/ }).click();
  await waitForList(page);
  assert.equal(query(page).get('m'), 'aizkraukle');
  assert.equal(await listCount(page), inMunicipality('aizkraukle'));
  // Each page is its own history entry: "back" returns to the place.
  await page.goBack();
  await page.getByRole('heading', { name: 'Sece', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/place/sece');
}));

// Unknown paths are answered with a 404, which the browser logs.
test('a place deep link works, and an unknown place or path says not found', () => withPage(env, {
  ignoreErrors: /status of 404 \(Not Found\) @ \S+\/(place\/atlantis|no\/such\/page)$/,
}, async ({ page }) => {
  await page.goto(env.base + '/place/garsenes-muiza?lang=en');
  await page.getByRole('heading', { level: 1, name: /Gārsene/ }).waitFor();
  await page.goto(env.base + '/place/atlantis');
  await page.getByText('Vieta ar šādu identifikatoru nav atrasta.').waitFor();
  await page.goto(env.base + '/no/such/page');
  await page.getByRole('heading', { name: 'Lapa nav atrasta' }).waitFor();
  await page.getByRole('link', { name: 'Uz sākumlapu' }).click();
  await waitForList(page);
}));

test('a truncated data file shows the error panel, and retry recovers', () => withPage(env, async ({ page }) => {
  const text = JSON.stringify(fixture);
  let broken = true;
  await page.route('**/data/selija.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: broken ? text.slice(0, 5000) : text }));
  await page.goto(env.base + '/');
  const panel = page.getByRole('alert');
  await panel.waitFor();
  assert.match(await panel.innerText(), /Datus neizdevās ielādēt/);
  assert.match(await panel.innerText(), /nav derīgs JSON/);
  broken = false;
  await panel.getByRole('button', { name: 'Mēģināt vēlreiz' }).click();
  await waitForList(page);
  assert.deepEqual(await counted(page), { shown: total, of: total });
}));

test('a network failure shows the error panel', () => withPage(env, {
  locale: 'en-US',
  // The aborted request is logged by the browser; that one is expected.
  ignoreErrors: /ERR_INTERNET_DISCONNECTED/,
}, async ({ page }) => {
  await page.route('**/data/selija.json', (route) => route.abort('internetdisconnected'));
  await page.goto(env.base + '/');
  const panel = page.getByRole('alert');
  await panel.waitFor();
  assert.match(await panel.innerText(), /could not be loaded/);
  assert.ok(await panel.getByRole('button', { name: 'Try again' }).isVisible());
}));

const data = structuredClone(fixture);
data.places[1].lat = 61.5; // outside Latvia
data.places[2].name.lv = '<img src=x onerror="window.hacked=1">Bīstams';
test('one bad record is skipped and reported; the rest works; text is not HTML', () => withPage(env, { data }, async ({ page }) => {
  await home(page);
  assert.deepEqual(await counted(page), { shown: total - 1, of: total - 1 });
  assert.equal(await page.locator('.count').innerText(), ofPlaces(total - 1, total - 1));
  const report = page.locator('.skipped');
  assert.match(await report.innerText(), /1 ieraksts izlaists/);
  await report.locator('summary').click();
  assert.match(await report.innerText(), new RegExp(`ieraksts „${data.places[1].id}”, lauks lat: 61.5 ir ārpus Latvijas`));
  // Exact: the details link's hidden name holds the text too, in brackets.
  await page.getByText('<img src=x onerror="window.hacked=1">Bīstams', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => window.hacked), undefined);
}));

test('filters work from the keyboard with visible focus', () => withPage(env, async ({ page }) => {
  await home(page);
  const box = page.getByRole('checkbox', { name: /Aizkraukles novads/ });
  await box.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === 'aizkraukle');
  const outline = await box.evaluate((el) => getComputedStyle(el.closest('label')).outlineStyle);
  assert.equal(outline, 'solid', 'the focused checkbox shows a focus ring');
  // Tab reaches the first place link after the filters.
  await page.locator('.place-item').filter({ hasText: 'Jaunjelgava' }).getByRole('link', { name: 'Sīkāk' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Jaunjelgava', level: 1 }).waitFor();
}));

test('on a phone the filters fold behind a button and the list is in view', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await home(page, '/?m=kraslava');
  const box = page.getByRole('checkbox', { name: /Krāslavas novads/ });
  assert.ok(!(await box.isVisible()), 'checkboxes start folded');
  const toggle = page.getByRole('button', { name: /^Filtri/ });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.match(await toggle.innerText(), /1/, 'the button counts active filters');
  assert.ok(await page.locator('.place-list li').first().isVisible(), 'the first result is on screen');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await box.isVisible());
  await box.uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === null);
  await page.locator('.count', { hasText: ofPlaces(total, total) }).waitFor();
}));

test('on a phone Escape folds the open filters and returns to their button', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  for (const url of ['/', '/calendar?view=list']) {
    await page.goto(env.base + url);
    const toggle = page.getByRole('button', { name: /^Filtri/ });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    // Into the panel, then Escape.
    const chip = url === '/' ? page.getByRole('checkbox', { name: /Krāslavas novads/ }) : page.getByRole('button', { name: 'Krāslavas novads' });
    await chip.focus();
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', `${url}: folded`);
    assert.ok(await toggle.evaluate((b) => b === document.activeElement), `${url}: focus on the button`);
  }
  // In the calendar's search box (inside its panel) Escape first clears the text.
  const toggle = page.getByRole('button', { name: /^Filtri/ });
  await toggle.click();
  await page.getByLabel('Meklēt').fill('forums');
  await page.getByLabel('Meklēt').press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'still open while the box had text');
}));

test('on a phone the header takes two rows: name and language, then the links and the trip', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  for (const lang of ['lv', 'en']) {
    await home(page, `/?lang=${lang}`);
    const box = (sel) => page.locator(`.site-header ${sel}`).boundingBox();
    const [header, brand, nav, share, trip, langs] = await Promise.all(
      ['', '.brand-name', '.site-nav', '.share-link', '.trip-counter', '.lang-switch'].map((s) => (s ? box(s) : page.locator('.site-header').boundingBox())),
    );
    const row = (a, b) => Math.abs((a.y + a.height / 2) - (b.y + b.height / 2)) < 20;
    assert.ok(row(brand, langs), `${lang}: the language switch is beside the name`);
    assert.ok(row(nav, share) && row(nav, trip), `${lang}: the links and the trip counter share a row`);
    assert.ok(nav.y > brand.y + brand.height - 1, `${lang}: below the name`);
    for (const [name, b] of [['name', brand], ['links', nav], ['share', share], ['trip', trip], ['language', langs]]) {
      assert.ok(b.x >= 0 && b.x + b.width <= 375, `${lang}: ${name} inside the screen`);
    }
    assert.ok(brand.x + brand.width <= langs.x, `${lang}: the name does not run under the switch`);
    assert.ok(header.height <= 135, `${lang}: the header is ${header.height} px tall`);
  }
  // Drawn in the corner, the switch is still the header's last stop.
  const order = await page.evaluate(() => [...document.querySelectorAll('.site-header a, .site-header button')].map((e) => e.className));
  assert.deepEqual(order.slice(-2), ['lang-button', 'lang-button']);
}));

test('under a sub-path (/selija/) links, navigation, history and data work', () => withPage(env, async ({ page }) => {
  // The same build, served under /selija/ with <base href="/selija/">, as
  // `trunk build --public-url /selija/` would give it. Files (the data
  // included: the fixture) come from our server at the root.
  const html = readFileSync(path.join(env.dist, 'index.html'), 'utf8').replace('<base href="/" />', '<base href="/selija/" />');
  await page.route(`${env.base}/selija/**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.slice('/selija/'.length);
    if (rel.includes('.') && (existsSync(path.join(env.dist, rel)) || rel === 'data/selija.json')) {
      return route.fulfill({ response: await route.fetch({ url: `${env.base}/${rel}` }) });
    }
    return route.fulfill({ contentType: 'text/html', body: html });
  });
  await page.goto(env.base + '/selija/?m=aizkraukle');
  await waitForList(page);
  assert.equal(await listCount(page), inMunicipality('aizkraukle'));
  await page.locator('.place-item').filter({ hasText: 'Sece' }).first().getByRole('link', { name: 'Sīkāk' }).click();
  await page.getByRole('heading', { name: 'Sece', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/selija/place/sece');
  await page.getByRole('navigation').getByRole('link', { name: 'Kalendārs' }).click();
  await page.getByRole('heading', { name: 'Notikumu kalendārs' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/selija/calendar');
  assert.equal(query(page).get('m'), 'aizkraukle', 'the filter travels with the link');
  assert.equal(await page.getByRole('link', { name: 'Kalendārs' }).getAttribute('aria-current'), 'page');
  await page.goBack();
  await page.getByRole('heading', { name: 'Sece', level: 1 }).waitFor();
  await page.getByRole('link', { name: /Atpakaļ uz sarakstu/ }).click();
  await waitForList(page);
  assert.equal(new URL(page.url()).pathname, '/selija/');
  // A filter change keeps the path (with its base) as it is.
  await page.locator('.filters label').filter({ hasText: 'Jēkabpils novads' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === 'aizkraukle,jekabpils');
  assert.equal(new URL(page.url()).pathname, '/selija/');
  // Code that opens a page (a calendar bar) stays under the base too.
  await page.goto(env.base + '/selija/calendar?month=2022-03');
  await page.locator('.bar', { hasText: 'Ilgu muižā' }).click();
  await page.waitForFunction(() => location.pathname.startsWith('/selija/event/'));
  await page.getByRole('heading', { level: 1, name: /Ilgu muižā/ }).waitFor();
}));

test('the skip link moves focus to the content without leaving the page', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/calendar?month=2022-03');
  await page.locator('.month-grid').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(new URL(page.url()).pathname, '/calendar');
}));

test('a link to the same page under another path still updates the address bar', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/calendar/');
  await page.getByRole('heading', { name: 'Notikumu kalendārs' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Kalendārs' }).click();
  await page.waitForFunction(() => location.pathname === '/calendar');
  await page.getByRole('navigation').getByRole('link', { name: 'Vietas' }).click();
  await waitForList(page);
  assert.equal(new URL(page.url()).pathname, '/');
}));

test('no page scrolls sideways on a 360 px phone', () => withPage(env, { viewport: { width: 360, height: 720 } }, async ({ page }) => {
  const pages = [
    ['/?tiles=off', '.place-list li'],
    ['/?m=daugavpils&q=zz', '.empty-state'],
    ['/place/sece?tiles=off', 'h1'],
    ['/calendar?month=2022-03&day=2022-03-19', '[role="grid"]'],
    ['/calendar?view=list', '.agenda-events'],
    ['/event/apmacibas-ilgas-2022?', 'h1'],
    ['/place/viesite?tiles=off', 'h1'],
  ];
  for (const lang of ['lv', 'en']) {
    for (const [path, ready] of pages) {
      await page.goto(`${env.base}${path}&lang=${lang}`);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} (${lang}) overflows by ${overflow}px`);
    }
    // The map view of the home page, and a place's panel open on it.
    await page.goto(`${env.base}/?tiles=off&p=viesite&lang=${lang}`);
    await page.locator('.view-toggle button').nth(1).click();
    await page.locator('.map-panel h2').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the map view (${lang}) overflows by ${overflow}px`);
  }
}));
