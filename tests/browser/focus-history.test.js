// Two bugs that once lived in the panel and the router, walked as a
// visitor would: typing while a place's panel is open, and the address bar
// keeping step with the page through Back, Forward and the app's own links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, withPage, waitForList, fixture } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const path = (page) => { const u = new URL(page.url()); return u.pathname + u.search; };
const param = (page, key) => new URL(page.url()).searchParams.get(key);

/** Opens `url` and waits for the place list. */
async function open(page, url) {
  await page.goto(env.base + url);
  await waitForList(page);
}

test('typing in the search box while a panel is open keeps every keystroke and the focus', () => withPage(env, async ({ page }) => {
  await open(page, '/?p=sece');
  const panel = page.locator('.map-panel');
  await panel.getByRole('heading', { name: 'Sece' }).waitFor();
  // The panel is named by its heading alone, not by its whole body.
  const label = await panel.evaluate((s) => document.getElementById(s.getAttribute('aria-labelledby'))?.tagName);
  assert.equal(label, 'H2');
  const search = page.getByRole('searchbox', { name: 'Meklēt' });
  await search.click();
  await search.pressSequentially('sece', { delay: 30 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'sece');
  assert.equal(await search.inputValue(), 'sece');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'search', 'focus stays in the search box');
}));

test('map keys, zoom buttons, a filter and the language switch leave focus where it is while a panel is open', () => withPage(env, { reducedMotion: 'reduce' }, async ({ page }) => {
  await open(page, '/?p=sece&tiles=off');
  await page.locator('.map-panel h2').waitFor();
  const map = page.getByRole('region', { name: 'Karte' });
  await map.focus();
  const before = param(page, 'at');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((b) => new URL(location.href).searchParams.get('at') !== b, before);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('map')), true, 'arrow keys keep focus on the map');

  const zoomIn = page.getByRole('button', { name: 'Tuvināt' });
  const atBefore = param(page, 'at');
  await zoomIn.click();
  await page.waitForFunction((b) => new URL(location.href).searchParams.get('at') !== b, atBefore);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent), 'Tuvināt');

  const box = page.getByRole('checkbox').first();
  await box.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('m'));
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'checkbox', 'a filter keeps its focus');

  const en = page.locator('.lang-switch').getByRole('button', { name: 'EN' });
  await en.click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en');
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'EN', 'the language switch keeps its focus');
}));

test('opening the panel from a marker still moves focus into it', () => withPage(env, async ({ page }) => {
  await open(page, '/?at=12.00/56.3475/25.5551');
  await page.getByRole('region', { name: 'Karte' }).getByRole('button', { name: 'Viesīte', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === 'Viesīte');
}));

test('filter, place, Back, Forward, then "Back to the list": the address bar follows and a reload agrees', () => withPage(env, async ({ page }) => {
  await open(page, '/?lang=en');
  await page.getByRole('checkbox', { name: /Jēkabpils/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === 'jekabpils');
  const listUrl = path(page);
  await page.locator('.place-list .details-link').first().click();
  await page.waitForURL(/\/place\//);
  const placeUrl = path(page);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/');
  await waitForList(page);
  await page.goForward();
  await page.waitForURL((u) => u.pathname.startsWith('/place/'));
  const back = page.getByRole('link', { name: /Back to the list/ });
  await back.waitFor();
  const length = await page.evaluate(() => history.length);
  await back.click();
  await page.waitForURL((u) => u.pathname === '/');
  assert.equal(path(page), listUrl, 'the list keeps its filter in the URL');
  await waitForList(page);
  assert.equal(await page.evaluate(() => history.length), length + 1, 'the link added a history entry');
  await page.reload();
  await waitForList(page);
  assert.equal(path(page), listUrl);
  // And Back returns to the place page it came from.
  await page.goBack();
  await page.waitForURL((u) => u.pathname + u.search === placeUrl);
  await page.getByRole('link', { name: /Back to the list/ }).waitFor();
}));

test('the header link and the language switch keep the address bar in step after Back and Forward', () => withPage(env, async ({ page }) => {
  await open(page, '/?lang=en');
  // A filter (a replace-navigation), a place, Back, Forward: the header's
  // "Places" link then leads to the very URL the list had.
  await page.getByRole('checkbox', { name: /Jēkabpils/ }).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === 'jekabpils');
  const listUrl = path(page);
  await page.locator('.place-list .details-link').first().click();
  await page.waitForURL(/\/place\//);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/');
  await page.goForward();
  await page.waitForURL((u) => u.pathname.startsWith('/place/'));
  await page.getByRole('navigation').getByRole('link', { name: 'Places' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  assert.equal(path(page), listUrl);
  await waitForList(page);
  await page.reload();
  await waitForList(page);
  assert.equal(path(page), listUrl, 'a reload shows the list, not the place');
  // The language switch writes the page's own URL.
  await page.locator('.lang-switch').getByRole('button', { name: 'LV' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'lv' && location.pathname === '/');
  await page.getByRole('searchbox', { name: 'Meklēt' }).waitFor();
}));

test('calendar: month, event, Back, Forward, then "Back to the calendar" writes the calendar URL', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/calendar?month=2022-03&lang=en');
  await page.locator('.month-grid').waitFor();
  await page.getByRole('button', { name: /Next|Nākam/ }).first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('month') === '2022-04');
  await page.getByRole('button', { name: /Previous|Iepriekš/ }).first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('month') === '2022-03');
  const calendarUrl = path(page);
  await page.locator('.month-grid .bar[data-event]').first().click();
  await page.waitForURL(/\/event\//);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/calendar');
  await page.goForward();
  await page.waitForURL((u) => u.pathname.startsWith('/event/'));
  const back = page.getByRole('link', { name: /Back to the calendar/ });
  await back.click();
  await page.waitForURL((u) => u.pathname === '/calendar');
  assert.equal(path(page), calendarUrl);
  await page.reload();
  await page.locator('.month-grid').waitFor();
  assert.equal(path(page), calendarUrl);
}));

test('phones: Back after tapping a place in the list returns to the list, not off the site', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await open(page, '/?kind=hillfort');
  const start = path(page);
  await page.locator('.place-list .place-item button').first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'map');
  await page.locator('.map-panel h2').waitFor();
  await page.goBack();
  await page.waitForURL((u) => u.origin === env.base && u.pathname + u.search === start);
  await waitForList(page);
  assert.ok(await page.locator('.place-list').isVisible(), 'the list is shown again');
  // The map button is a step Back undoes too.
  await page.getByRole('button', { name: 'Karte', exact: true }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'map');
  await page.goBack();
  await page.waitForURL((u) => u.pathname + u.search === start);
}));
