// The calendar in a real headless Chromium, with the browser's clock fixed
// so both "something upcoming" and "nothing upcoming" are tested. The
// events are the fixture's (tests/fixtures/selija-test.json); the dates
// named below are in it on purpose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { start, withPage, fixture } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** After every event in the fixture: nothing is upcoming. */
const LATER = '2026-11-26T10:00:00Z';

/**
 * Runs `body` on `url` with "now" fixed (opts.now, default LATER), once
 * the page has its heading.
 */
function calendar(url, opts, body) {
  if (typeof opts === 'function') [opts, body] = [{}, opts];
  return withPage(env, { now: LATER, ...opts }, async (p) => {
    await p.page.goto(env.base + url);
    await p.page.getByRole('heading', { level: 1 }).waitFor();
    await body(p);
  });
}
const param = (page, k) => new URL(page.url()).searchParams.get(k);
/** The number in the calendar's "N notikumi" status. */
const statusCount = async (page) => Number((await page.locator('.calendar-count [role="status"]').innerText()).match(/\d+/)[0]);

/** An event's first and last day, `YYYY-MM-DD` (a month covers all its days). */
function span(e) {
  const first = (w) => (w.length === 7 ? `${w}-01` : w.slice(0, 10));
  const last = (w) => {
    if (w.length !== 7) return w.slice(0, 10);
    const [y, m] = w.split('-').map(Number);
    return `${w}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return [first(e.start), last(e.end ?? e.start)];
}
/** Fixture events that touch the days from `a` to `b` (inclusive). */
const eventsBetween = (a, b = a) => fixture.events.filter((e) => { const [f, l] = span(e); return f <= b && l >= a; });

/** Parses an .ics text with Python's icalendar; returns its events' fields. */
function parseIcs(text) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ics-'));
  const file = path.join(dir, 'x.ics');
  writeFileSync(file, text);
  const out = execFileSync('python3', ['-c', `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(json.dumps([{k: str(e.get(k).dt) if k in ('DTSTART', 'DTEND') and e.get(k) else str(e.get(k, ''))
  for k in ('UID', 'SUMMARY', 'DTSTART', 'DTEND', 'LOCATION', 'GEO')} for e in cal.walk('VEVENT')]))
`, file]);
  return JSON.parse(out);
}

function checkRaw(text) {
  const lines = text.split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with CRLF');
  assert.ok(!/[^\r]\n/.test(text), 'CRLF everywhere');
  for (const l of lines) assert.ok(Buffer.byteLength(l) <= 75, `line over 75 octets: ${l}`);
}

test('month=2022-03 shows the March 2022 training at Ilgas', () => calendar('/calendar?month=2022-03', async ({ page }) => {
  const grid = page.getByRole('grid', { name: '2022. gada marts' });
  await grid.waitFor();
  const bar = page.locator('.bar', { hasText: 'Ilgu muižā' });
  assert.equal(await bar.count(), 1);
  // It starts on Friday the 18th (column 5) and spans three days.
  // (Placed by classes, no style attribute: the CSP blocks those.)
  assert.equal(await bar.getAttribute('style'), null);
  assert.deepEqual(await bar.evaluate((b) => [getComputedStyle(b).gridColumnStart, getComputedStyle(b).gridColumnEnd]), ['5', 'span 3']);
  // A cell is named by its date and the events it shows.
  const cell = grid.getByRole('gridcell', { name: /^piektdiena, 2022\. gada 18\. marts: .*Ilgu muižā/ });
  await cell.click({ position: { x: 12, y: 10 } });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === '2022-03-18');
  assert.match(await page.locator('.day-panel').innerText(), /Tīkla mācības Ilgu muižā/);
  // A bar opens its event's page.
  await bar.click();
  await page.getByRole('heading', { level: 1, name: /Ilgu muižā/ }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/event\//);
}));

test('previous / next buttons update month= in the URL', () => calendar('/calendar?month=2022-03', async ({ page }) => {
  await page.getByRole('button', { name: 'Nākamais mēnesis' }).click();
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  assert.equal(param(page, 'month'), '2022-04');
  await page.getByRole('button', { name: 'Iepriekšējais mēnesis' }).click();
  await page.getByRole('button', { name: 'Iepriekšējais mēnesis' }).click();
  await page.getByRole('grid', { name: '2022. gada februāris' }).waitFor();
  assert.equal(param(page, 'month'), '2022-02');
}));

test('the grid works from the keyboard', () => calendar('/calendar?month=2022-03&day=2022-03-18', async ({ page }) => {
  const cell = (date) => page.getByRole('gridcell', { name: new RegExp(`^${date.replace(/\./g, '\\.')}(:|$)`) });
  await cell('piektdiena, 2022. gada 18. marts').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-03-19');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-03-26');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === '2022-03-26');
  assert.equal(await cell('sestdiena, 2022. gada 26. marts').getAttribute('tabindex'), '0', 'roving tabindex');
  await page.keyboard.press('PageDown');
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  // The same day a month on, as in date pickers; Shift for a year.
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-04-26');
  await page.keyboard.press('Shift+PageUp');
  await page.getByRole('grid', { name: '2021. gada aprīlis' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2021-04-26');
  await page.keyboard.press('Shift+PageDown');
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  // The app moves the focus to the day after drawing the month; wait for
  // it, or it may land after the focus below and undo it (a likely cause
  // of one CI failure here: ArrowRight did not turn the page).
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-04-26');
  // Moving past the month's end turns the page.
  await page.locator('.month-grid [data-date="2022-04-30"]').focus();
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-04-30');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('grid', { name: '2022. gada maijs' }).waitFor();
  // The keyboard goes on from the day it was heading for (roving tabindex
  // included), not from the new month's default day.
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-05-01');
  assert.equal(await page.locator('.month-grid [data-date="2022-05-01"]').getAttribute('tabindex'), '0');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-05-08');
  // Keys turn back to April 30; reached later by the buttons, April starts
  // afresh at its first day with events, not where the keys were heading.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2022-04-30');
  await page.getByRole('button', { name: 'Nākamais mēnesis' }).click();
  await page.getByRole('grid', { name: '2022. gada maijs' }).waitFor();
  await page.getByRole('button', { name: 'Iepriekšējais mēnesis' }).click();
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  assert.equal(await page.locator('.month-grid [tabindex="0"]').getAttribute('data-date'), '2022-04-01');
}));

const busy = structuredClone(fixture);
for (let i = 1; i <= 45; i++) {
  busy.events.push({
    id: `busy-${i}`, title: { lv: `Tirgus ${i}`, en: `Market ${i}` }, start: '2022-03-10',
    municipalities: ['jekabpils'], category: 'community', source: 'test',
  });
}
test('a busy day lists its events a page at a time, keeping keyboard focus', () => calendar('/calendar?month=2022-03&day=2022-03-10', { data: busy }, async ({ page }) => {
  // The fixture's events on that day plus the 45 added.
  const total = 45 + eventsBetween('2022-03-10').length;
  const panel = page.locator('.day-panel');
  await panel.locator('li').first().waitFor();
  // The panel's page size is the app's: read it, then check the rest.
  const first = await panel.locator('li').count();
  assert.ok(first < total / 2, `${first} listed at first of ${total}: the day must fill more than two pages`);
  const more = panel.getByRole('button', { name: /^Rādīt vēl \(\d+\)$/ });
  assert.equal(await more.innerText(), `Rādīt vēl (${total - first})`);
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.day-panel li').length === n, 2 * first);
  assert.equal(await more.innerText(), `Rādīt vēl (${total - 2 * first})`);
  // Focus moved to the first event just added, not lost to the page.
  await page.waitForFunction((n) => document.activeElement === document.querySelector(`.day-panel li:nth-child(${n + 1}) a`), first);
  while ((await panel.locator('li').count()) < total) {
    const shown = await panel.locator('li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.day-panel li').length === n, Math.min(total, shown + first));
  }
  assert.equal(await panel.getByRole('button', { name: /^Rādīt vēl/ }).count(), 0, 'no "show more" once all are listed');
  // Another day starts again at one page.
  await page.locator('.month-grid [data-date="2022-03-18"]').click({ position: { x: 12, y: 10 } });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === '2022-03-18');
  assert.match(await panel.innerText(), /Ilgu muižā/);
  assert.equal(await panel.locator('li').count(), eventsBetween('2022-03-18').length);
}));

const title = `<b>"Tirgus" & 'co'</b> <img src=x onerror="window.__hacked=1">`;
const hostile = structuredClone(fixture);
hostile.events.push({
  id: 'hostile', title: { lv: title, en: title }, start: '2022-03-09',
  municipalities: ['jekabpils'], category: 'community', source: 'test',
});
test('event titles with markup characters show as text in the grid', () => calendar('/calendar?month=2022-03', { data: hostile }, async ({ page }) => {
  const bar = page.locator('.bar[data-event="hostile"]');
  await bar.waitFor();
  assert.equal(await bar.textContent(), title);
  assert.equal(await page.locator('.month-grid b, .month-grid img').count(), 0);
  const label = await page.locator('.month-grid [data-date="2022-03-09"]').getAttribute('aria-label');
  assert.ok(label.endsWith(title), label);
  assert.equal(await page.evaluate(() => window.__hacked), undefined);
}));

test('a swipe left or right on a touch screen turns the month', () => calendar('/calendar?month=2022-03', { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  // A horizontal touch stroke of `dx` px across the grid named `name`.
  const swipe = (name, dx) => page.getByRole('grid', { name }).evaluate((el, dx) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const fire = (type, cx) => el.dispatchEvent(new PointerEvent(type, {
      pointerId: 3, pointerType: 'touch', isPrimary: true, bubbles: true, clientX: cx, clientY: y,
    }));
    fire('pointerdown', x);
    fire('pointerup', x + dx);
  }, dx);
  await swipe('2022. gada marts', -120);
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  await swipe('2022. gada aprīlis', 120);
  await page.getByRole('grid', { name: '2022. gada marts' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('month'), '2022-03');
}));

test('/calendar with nothing upcoming says so and links the latest month', () => calendar('/calendar', { now: LATER }, async ({ page }) => {
  // The app's page, not the pre-rendered one it replaces (written at build
  // time, with the build's "today").
  const main = page.locator('#main');
  await main.getByText('Gaidāmu notikumu pagaidām nav.').waitFor();
  const past = await main.locator('.agenda-day').allInnerTexts();
  assert.match(past[0], /2025\. gada 13\. septembris/, 'most recent first');
  await main.getByRole('link', { name: /Uz jaunāko mēnesi ar notikumiem/ }).click();
  await page.getByRole('grid', { name: '2025. gada septembris' }).waitFor();
}));

test('dates typed the wrong way round filter between them, and the page says so', async () => {
  const in2022 = eventsBetween('2022-01-01', '2022-12-31').length;
  assert.ok(in2022 > 0, 'the fixture has events in 2022');
  await calendar('/calendar?view=list&from=2022-01-01&to=2022-12-31', async ({ page }) => {
    await page.locator('.agenda-event').first().waitFor();
    assert.equal(await statusCount(page), in2022);
    assert.equal(await page.locator('.date-note').isVisible(), false);
  });
  await calendar('/calendar?view=list&from=2022-12-31&to=2022-01-01', async ({ page }) => {
    await page.getByText('Sākuma datums ir pēc beigu datuma').waitFor();
    await page.locator('.agenda-event').first().waitFor();
    assert.equal(await statusCount(page), in2022, 'the same events as the range the right way round');
  });
});

test('the past list shows more on request, until every event is there', () => calendar('/calendar?view=list', { now: LATER }, async ({ page }) => {
  const total = fixture.events.length; // all past at LATER
  const links = page.locator('.agenda .agenda-event > a');
  await links.first().waitFor();
  assert.equal(await statusCount(page), total);
  // The page size is the app's: read it from what shows first.
  const first = await links.count();
  assert.ok(first < total / 2, `${first} listed at first of ${total}: the fixture must fill more than two pages`);
  const more = page.getByRole('button', { name: /^Rādīt vēl/ });
  assert.equal(await more.innerText(), `Rādīt vēl (${total - first})`);
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('.agenda .agenda-event > a').length === n, 2 * first);
  // Keyboard users land on the first event added.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await links.nth(first).innerText());
  let shown = 2 * first;
  while (shown < total) {
    await more.click();
    shown = Math.min(total, shown + first);
    await page.waitForFunction((n) => document.querySelectorAll('.agenda .agenda-event > a').length === n, shown);
  }
  assert.equal(await more.count(), 0, 'no button once every event is there');
  assert.equal(await links.count(), total, 'every event in the end');
}));

test('/calendar opens this month when it has events, else the upcoming list', async () => {
  await calendar('/calendar', { now: '2024-09-03T10:00:00Z' }, async ({ page }) => {
    assert.ok(eventsBetween('2024-09-01', '2024-09-30').length > 0, 'the fixture has events in September 2024');
    await page.getByRole('grid', { name: '2024. gada septembris' }).waitFor();
    await page.getByRole('gridcell', { name: /^otrdiena, 2024\. gada 3\. septembris/ }).waitFor();
    assert.match(await page.locator('.day.today').innerText(), /3/);
  });
  await calendar('/calendar', { now: '2025-08-10T10:00:00Z' }, async ({ page }) => {
    assert.equal(eventsBetween('2025-08-01', '2025-08-31').length, 0, 'the fixture has no events in August 2025');
    await page.getByRole('heading', { name: 'Gaidāmie notikumi' }).waitFor();
    const first = await page.locator('.agenda-day').first().innerText();
    assert.match(first, /2025\. gada 13\. septembris/);
    assert.equal(await page.getByText('Gaidāmu notikumu pagaidām nav.').count(), 0);
  });
});

test('the calendar search finds events without diacritics', () => calendar('/calendar?month=2022-03', async ({ page }) => {
  await page.getByLabel('Meklēt').fill('ilgu muiza');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'ilgu muiza');
  assert.equal(await page.locator('.bar').count(), 1);
  assert.match(await page.locator('.bar').innerText(), /Ilgu muižā/);
}));

test('when no event matches, the list says so once and the filters clear', () => calendar('/calendar?view=list&q=zzzz&m=kraslava', async ({ page }) => {
  await page.getByText('Neviens notikums neatbilst izvēlētajiem filtriem.').waitFor();
  assert.equal(await statusCount(page), 0);
  // No download of nothing, no "recent events" heading over an empty list.
  assert.equal(await page.locator('.download-all').count(), 0);
  assert.equal(await page.locator('.calendar-page h2').count(), 0);
  assert.equal(await page.locator('.calendar-note').count(), 0);
  await page.getByRole('button', { name: 'Notīrīt filtrus' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('q') && !new URL(location.href).searchParams.has('m'));
  await page.locator('.agenda-events li').first().waitFor();
  assert.equal(await statusCount(page), fixture.events.length);
  assert.equal(await page.locator('.download-all').count(), 1);
  assert.equal(await page.locator('.empty-state').count(), 0);
}));

test('an empty month with no event matching anywhere says so above the grid', () => calendar('/calendar?month=2022-03&q=zzzz&lang=en', async ({ page }) => {
  await page.getByText('No event matches these filters.').waitFor();
  assert.equal(await page.locator('[role="grid"]').count(), 1, 'the grid stays, to move between months');
  assert.equal(await page.getByRole('button', { name: 'Clear filters' }).count(), 1);
  // Not a second "no events" under it, offering months that do not exist.
  assert.equal(await page.getByText('No events this month.').count(), 0);
  assert.equal(await page.getByText('Nearest months with events:').count(), 0);
}));

test('an empty month says so and offers the nearest months both ways', () => calendar('/calendar?month=2020-06', async ({ page }) => {
  await page.getByText('Šajā mēnesī notikumu nav.').waitFor();
  const links = await page.locator('.nearest a').allInnerTexts();
  assert.equal(links.length, 2, links.join('|'));
  assert.match(links[0], /2019\. gada oktobris/);
  assert.match(links[1], /2021\. gada/);
}));

test('links to other months and to places keep the filters and the language', () => calendar('/calendar?month=2020-06&lang=en&cat=network&day=2020-06-03', async ({ page }) => {
  await page.getByText('No events this month.').waitFor();
  const href = await page.locator('.nearest a').first().getAttribute('href');
  const q = new URL(href, page.url()).searchParams;
  assert.equal(q.get('lang'), 'en');
  assert.equal(q.get('cat'), 'network');
  assert.equal(q.get('day'), null, 'the old day does not travel');
  await page.locator('.nearest a').first().click();
  await page.locator('.month-grid').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
}));

test('m= hides other municipalities, but not events for all of Sēlija', () => calendar('/calendar?month=2022-03&m=kraslava', async ({ page }) => {
  await page.getByRole('grid').waitFor();
  assert.equal(await page.locator('.bar', { hasText: 'Ilgu muižā' }).count(), 0);
  assert.equal(await page.locator('.bar', { hasText: 'informācijas un sabiedroto tīkls' }).count() > 0, true);
  // An event for all of Sēlija (here: the network at LAMPA in Cēsis) shows
  // under any municipality, marked as such.
  await page.goto(env.base + '/calendar?month=2022-07&m=kraslava&day=2022-07-02');
  await page.locator('.day-panel .agenda-event', { hasText: 'LAMPA' }).locator('.badge-everywhere').waitFor();
  await page.goto(env.base + '/calendar?month=2022-03&m=kraslava');
  // The same filter state as the map: the chip is on.
  assert.equal(await page.getByRole('button', { name: 'Krāslavas novads' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Augšdaugavas novads' }).click();
  await page.locator('.bar', { hasText: 'Ilgu muižā' }).waitFor();
  assert.equal(param(page, 'm'), 'augsdaugava,kraslava');
}));

const forum2024 = fixture.events.find((e) => e.start.startsWith('2024-10-05'));
test('an event page deep link, its place link and its .ics download', () => calendar(`/event/${forum2024.id}?lang=en`, async ({ page }) => {
  const ev = forum2024;
  await page.getByRole('heading', { level: 1, name: ev.title.en }).waitFor();
  assert.match(await page.locator('.facts').innerText(), /5 October 2024/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  checkRaw(text);
  const [parsed] = parseIcs(text);
  assert.equal(parsed.SUMMARY, ev.title.en);
  assert.equal(parsed.UID, `${ev.id}@selijas-salas`);
  assert.match(parsed.DTSTART, /^2024-10-0[45]/);
  assert.ok(parsed.GEO, 'coordinates as GEO');
  assert.match(await page.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href'), /^https:\/\/calendar\.google\.com\//);
  await page.getByRole('link', { name: 'Show on the map' }).click();
  await page.locator('.map-panel').waitFor();
  assert.equal(param(page, 'p'), ev.place);
}));

test('"download these events" holds every event of the filter', () => calendar('/calendar?month=2022-03&cat=forum', async ({ page }) => {
  // The count and the file hold every forum, not only this month's.
  const forums = fixture.events.filter((e) => e.category === 'forum').length;
  assert.ok(forums > 1, 'the fixture has several forums');
  assert.equal(await statusCount(page), forums);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Lejupielādēt šos notikumus/ }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  checkRaw(text);
  const events = parseIcs(text);
  assert.equal(events.length, forums);
}));

test('at 375 px the phone layout is used and nothing scrolls sideways', () => calendar('/calendar?month=2022-03&day=2022-03-19', { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await page.getByRole('grid').waitFor();
  assert.equal(await page.locator('.bar').first().isVisible(), false, 'bars become dots');
  const dot = await page.locator('.day.has-events').first().evaluate((el) => getComputedStyle(el, '::after').content);
  assert.notEqual(dot, 'none');
  assert.match(await page.locator('.day-panel').innerText(), /Ilgu muižā/);
  // The filters fold behind a button on phones.
  assert.equal(await page.getByRole('button', { name: 'Krāslavas novads' }).isVisible(), false);
  await page.getByRole('button', { name: /^Filtri/ }).click();
  assert.equal(await page.getByRole('button', { name: 'Krāslavas novads' }).isVisible(), true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
}));

test('a place page lists its events, upcoming first then recent', () => calendar('/place/viesite', { now: '2024-10-01T10:00:00Z' }, async ({ page }) => {
  // The fixture's Viesīte events: upcoming ones soonest first, then past
  // ones latest first (the fixture has fewer than the page shows).
  const today = '2024-10-01';
  const here = fixture.events.filter((e) => e.place === 'viesite');
  const upcoming = here.filter((e) => span(e)[1] >= today).sort((a, b) => (span(a)[0] < span(b)[0] ? -1 : 1));
  const past = here.filter((e) => span(e)[1] < today).sort((a, b) => (span(a)[0] < span(b)[0] ? 1 : -1));
  assert.ok(upcoming.length >= 1 && past.length >= 2, 'the fixture has both at Viesīte');
  const expected = [...upcoming, ...past].map((e) => e.title.lv);
  const items = page.locator('.place-page .agenda-event a');
  await page.waitForFunction((n) => document.querySelectorAll('.place-page .agenda-event a').length === n, expected.length);
  assert.deepEqual(await items.allInnerTexts(), expected);
}));
