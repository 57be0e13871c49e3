// The calendar in a real headless Chromium, with the browser's clock fixed
// so both "something upcoming" and "nothing upcoming" are tested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { start, openPage } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Opens `url` with "now" fixed at `now` (ISO). */
async function calendar(url, now = '2026-11-26T10:00:00Z', opts) {
  const p = await openPage(env, opts);
  await p.page.clock.setFixedTime(new Date(now));
  await p.page.goto(env.base + url);
  await p.page.getByRole('heading', { level: 1 }).waitFor();
  return p;
}
const param = (page, k) => new URL(page.url()).searchParams.get(k);

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

test('month=2022-03 shows the March 2022 training at Ilgas', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03');
  const grid = page.getByRole('grid', { name: '2022. gada marts' });
  await grid.waitFor();
  const bar = page.locator('.bar', { hasText: 'Ilgu muižā' });
  assert.equal(await bar.count(), 1);
  // It starts on Friday the 18th (column 5) and spans three days.
  assert.match(await bar.getAttribute('style'), /grid-column:\s*5 \/ span 3/);
  // A cell is named by its date and the events it shows.
  const cell = grid.getByRole('gridcell', { name: /^piektdiena, 2022\. gada 18\. marts: .*Ilgu muižā/ });
  await cell.click({ position: { x: 12, y: 10 } });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('day') === '2022-03-18');
  assert.match(await page.locator('.day-panel').innerText(), /Tīkla mācības Ilgu muižā/);
  // A bar opens its event's page.
  await bar.click();
  await page.getByRole('heading', { level: 1, name: /Ilgu muižā/ }).waitFor();
  assert.match(new URL(page.url()).pathname, /^\/event\//);
  assert.deepEqual(errors, []);
  await context.close();
});

test('previous / next buttons update month= in the URL', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03');
  await page.getByRole('button', { name: 'Nākamais mēnesis' }).click();
  await page.getByRole('grid', { name: '2022. gada aprīlis' }).waitFor();
  assert.equal(param(page, 'month'), '2022-04');
  await page.getByRole('button', { name: 'Iepriekšējais mēnesis' }).click();
  await page.getByRole('button', { name: 'Iepriekšējais mēnesis' }).click();
  await page.getByRole('grid', { name: '2022. gada februāris' }).waitFor();
  assert.equal(param(page, 'month'), '2022-02');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the grid works from the keyboard', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03&day=2022-03-18');
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
  // Moving past the month's end turns the page.
  await page.locator('.month-grid [data-date="2022-04-30"]').focus();
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
  assert.deepEqual(errors, []);
  await context.close();
});

test('a busy day lists its events a page at a time, keeping keyboard focus', async () => {
  // The real data plus 45 one-day events on 2022-03-10.
  const data = JSON.parse(readFileSync(new URL('../../public/data/selija.json', import.meta.url)));
  for (let i = 1; i <= 45; i++) {
    data.events.push({
      id: `busy-${i}`, title: { lv: `Tirgus ${i}`, en: `Market ${i}` }, start: '2022-03-10',
      municipalities: ['jekabpils'], category: 'community', source: 'test',
    });
  }
  const p = await openPage(env);
  await p.page.route('**/data/selija.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await p.page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await p.page.goto(env.base + '/calendar?month=2022-03&day=2022-03-10');
  const panel = p.page.locator('.day-panel');
  await panel.locator('li').first().waitFor();
  assert.equal(await panel.locator('li').count(), 20);
  const more = panel.getByRole('button', { name: /^Rādīt vēl \(\d+\)$/ });
  // 45 added, plus whatever the real data has on that day.
  const total = 20 + Number((await more.innerText()).match(/\d+/)[0]);
  assert.ok(total >= 45, `${total} events on the day`);
  await more.focus();
  await p.page.keyboard.press('Enter');
  await p.page.waitForFunction(() => document.querySelectorAll('.day-panel li').length === 40);
  assert.equal(await more.innerText(), `Rādīt vēl (${total - 40})`);
  // Focus moved to the first event just added, not lost to the page.
  await p.page.waitForFunction(() => document.activeElement === document.querySelector('.day-panel li:nth-child(21) a'));
  await more.click();
  await p.page.waitForFunction((n) => document.querySelectorAll('.day-panel li').length === n, total);
  assert.equal(await panel.getByRole('button').count(), 0, 'no button once all are listed');
  // Another day starts again at one page.
  await p.page.locator('.month-grid [data-date="2022-03-18"]').click({ position: { x: 12, y: 10 } });
  await p.page.waitForFunction(() => new URL(location.href).searchParams.get('day') === '2022-03-18');
  assert.match(await panel.innerText(), /Ilgu muižā/);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('event titles with markup characters show as text in the grid', async () => {
  const data = JSON.parse(readFileSync(new URL('../../public/data/selija.json', import.meta.url)));
  const title = `<b>"Tirgus" & 'co'</b> <img src=x onerror="window.__hacked=1">`;
  data.events.push({
    id: 'hostile', title: { lv: title, en: title }, start: '2022-03-09',
    municipalities: ['jekabpils'], category: 'community', source: 'test',
  });
  const p = await openPage(env);
  await p.page.route('**/data/selija.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
  await p.page.clock.setFixedTime(new Date('2026-11-26T10:00:00Z'));
  await p.page.goto(env.base + '/calendar?month=2022-03');
  const bar = p.page.locator('.bar[data-event="hostile"]');
  await bar.waitFor();
  assert.equal(await bar.textContent(), title);
  assert.equal(await p.page.locator('.month-grid b, .month-grid img').count(), 0);
  const label = await p.page.locator('.month-grid [data-date="2022-03-09"]').getAttribute('aria-label');
  assert.ok(label.endsWith(title), label);
  assert.equal(await p.page.evaluate(() => window.__hacked), undefined);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('a swipe left or right on a touch screen turns the month', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03', undefined, { viewport: { width: 375, height: 740 } });
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
  assert.deepEqual(errors, []);
  await context.close();
});

test('/calendar with nothing upcoming says so and links the latest month', async () => {
  const { page, errors, context } = await calendar('/calendar', '2026-11-26T10:00:00Z');
  await page.getByText('Gaidāmu notikumu pagaidām nav.').waitFor();
  const past = await page.locator('.agenda-day').allInnerTexts();
  assert.match(past[0], /2025\. gada 13\. septembris/, 'most recent first');
  await page.getByRole('link', { name: /Uz jaunāko mēnesi ar notikumiem/ }).click();
  await page.getByRole('grid', { name: '2025. gada septembris' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('dates typed the wrong way round filter between them, and the page says so', async () => {
  const forward = await calendar('/calendar?view=list&from=2022-01-01&to=2022-12-31');
  const count = async (page) => (await page.locator('.calendar-count [role="status"]').innerText()).match(/\d+/)[0];
  await forward.page.locator('.agenda-event').first().waitFor();
  const n = await count(forward.page);
  assert.equal(await forward.page.locator('.date-note').isVisible(), false);
  await forward.context.close();
  const { page, errors, context } = await calendar('/calendar?view=list&from=2022-12-31&to=2022-01-01');
  await page.getByText('Sākuma datums ir pēc beigu datuma').waitFor();
  await page.locator('.agenda-event').first().waitFor();
  assert.equal(await count(page), n, 'the same events as the range the right way round');
  assert.ok(Number(n) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the past list shows more on request, until every event is there', async () => {
  const { page, errors, context } = await calendar('/calendar?view=list', '2026-11-26T10:00:00Z');
  const links = page.locator('.agenda .agenda-event > a');
  await links.first().waitFor();
  const total = Number((await page.locator('.calendar-count [role="status"]').innerText()).match(/\d+/)[0]);
  assert.equal(await links.count(), 12, 'twelve at first');
  const more = page.getByRole('button', { name: /^Rādīt vēl/ });
  assert.match(await more.innerText(), new RegExp(`\\(${total - 12}\\)`));
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll('.agenda .agenda-event > a').length === 24);
  // Keyboard users land on the first event added.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await links.nth(12).innerText());
  while (await more.count()) await more.click();
  assert.equal(await links.count(), total, 'every event in the end');
  assert.deepEqual(errors, []);
  await context.close();
});

test('/calendar opens this month when it has events, else the upcoming list', async () => {
  let { page, errors, context } = await calendar('/calendar', '2024-09-03T10:00:00Z');
  await page.getByRole('grid', { name: '2024. gada septembris' }).waitFor();
  await page.getByRole('gridcell', { name: /^otrdiena, 2024\. gada 3\. septembris/ }).waitFor();
  assert.match(await page.locator('.day.today').innerText(), /3/);
  assert.deepEqual(errors, []);
  await context.close();
  ({ page, errors, context } = await calendar('/calendar', '2025-08-10T10:00:00Z'));
  await page.getByRole('heading', { name: 'Gaidāmie notikumi' }).waitFor();
  const first = await page.locator('.agenda-day').first().innerText();
  assert.match(first, /2025\. gada 13\. septembris/);
  assert.equal(await page.getByText('Gaidāmu notikumu pagaidām nav.').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the calendar search finds events without diacritics', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03');
  await page.getByLabel('Meklēt').fill('ilgu muiza');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'ilgu muiza');
  assert.equal(await page.locator('.bar').count(), 1);
  assert.match(await page.locator('.bar').innerText(), /Ilgu muižā/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an empty month says so and offers the nearest months both ways', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2020-06');
  await page.getByText('Šajā mēnesī notikumu nav.').waitFor();
  const links = await page.locator('.nearest a').allInnerTexts();
  assert.equal(links.length, 2, links.join('|'));
  assert.match(links[0], /2019\. gada oktobris/);
  assert.match(links[1], /2021\. gada/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('links to other months and to places keep the filters and the language', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2020-06&lang=en&cat=network&day=2020-06-03');
  await page.getByText('No events this month.').waitFor();
  const href = await page.locator('.nearest a').first().getAttribute('href');
  const q = new URL(href, page.url()).searchParams;
  assert.equal(q.get('lang'), 'en');
  assert.equal(q.get('cat'), 'network');
  assert.equal(q.get('day'), null, 'the old day does not travel');
  await page.locator('.nearest a').first().click();
  await page.locator('.month-grid').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('m= hides other municipalities, but not events for all of Sēlija', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03&m=kraslava');
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
  assert.deepEqual(errors, []);
  await context.close();
});

test('an event page deep link, its place link and its .ics download', async () => {
  const { page, errors, context } = await calendar('/event/selijas-nvo-forums-2024?lang=en');
  const data = JSON.parse(readFileSync(new URL('../../public/data/selija.json', import.meta.url)));
  const ev = data.events.find((e) => e.start.startsWith('2024-10-05'));
  if (!ev) throw new Error('no 2024 forum in the data');
  await page.goto(env.base + `/event/${ev.id}?lang=en`);
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
  assert.deepEqual(errors, []);
  await context.close();
});

test('"download these events" holds every event of the filter', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03&cat=forum');
  const count = Number((await page.locator('.calendar-count [role=status]').innerText()).match(/\d+/)[0]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Lejupielādēt šos notikumus/ }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  checkRaw(text);
  const events = parseIcs(text);
  assert.equal(events.length, count);
  assert.ok(count >= 3, `${count} forums`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 375 px the phone layout is used and nothing scrolls sideways', async () => {
  const { page, errors, context } = await calendar('/calendar?month=2022-03&day=2022-03-19', undefined, { viewport: { width: 375, height: 740 } });
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
  assert.deepEqual(errors, []);
  await context.close();
});

test('a place page lists its events, upcoming first then recent', async () => {
  const { page, errors, context } = await calendar('/place/viesite', '2024-10-01T10:00:00Z');
  const items = await page.locator('.place-page .agenda-event a').allInnerTexts();
  assert.ok(items.length >= 3, items.join('|'));
  assert.match(items[0], /IV Sēlijas NVO forums/, 'the upcoming 2024 forum first');
  assert.match(items[1], /NVO forums/, 'then the most recent past');
  assert.deepEqual(errors, []);
  await context.close();
});
