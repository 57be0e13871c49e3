// Hardening (issue 13): the panic screen, the keyboard's way to the map,
// touch targets, the locate-me message's language, venues, parishes,
// population notes and data sources in the page's language, broken
// datasets from tests/fixtures/bad/ and hostile links from
// tests/fixtures/hostile-urls.txt.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { start, withPage, waitForList, fixture } from './harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BAD = path.resolve(here, '../fixtures/bad');
const HOSTILE = path.resolve(here, '../fixtures/hostile-urls.txt');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// ---------- the panic screen ----------

// The deliberate panic (test builds only: `--features test-panic`) logs its
// details to the console and then traps: both are expected here.
const PANIC = /deliberate test panic|unreachable|panicked/;

for (const [lang, query, title, reload] of [
  ['lv', '/?panic=1', 'Kaut kas nogāja greizi', 'Pārlādēt lapu'],
  ['en', '/?lang=en&panic=1', 'Something went wrong', 'Reload the page'],
]) {
  test(`a panic leaves a readable panel with a reload link (${lang})`, () => withPage(env, { ignoreErrors: PANIC }, async ({ page, errors }) => {
    await page.goto(env.base + query);
    const panel = page.locator('#panic');
    await panel.waitFor({ timeout: 15000 });
    assert.equal(await panel.getAttribute('role'), 'alert');
    assert.equal(await panel.getAttribute('lang'), lang);
    assert.equal(await panel.getByRole('heading', { level: 1 }).innerText(), title);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'panic', 'the panel has the focus');
    // The rest of the (stopped) page is hidden; the panel is on screen.
    assert.ok(await panel.isVisible());
    assert.ok(!(await page.locator('.site-header').isVisible()), 'the frozen page is hidden');
    // The details went to the console.
    assert.ok(errors.length === 0, 'only the expected errors');
    // A plain link, reachable by Tab, that loads the page again.
    const link = panel.getByRole('link', { name: reload });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'A');
    assert.equal(new URL(await link.evaluate((a) => a.href)).search, new URL(env.base + query).search);
    await page.evaluate(() => { window.__before_reload = true; });
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    assert.equal(await page.evaluate(() => window.__before_reload), undefined, 'a new document');
    // (With ?panic=1 the new page panics again: the panel shows again.)
    await page.locator('#panic').waitFor({ timeout: 15000 });
  }));
}

// ---------- keyboard cost ----------

test('from the top of / two Tabs and Enter reach the map through a skip link', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/');
  await waitForList(page);
  await page.locator('.home .map').waitFor();
  let stops = 0;
  // Tab until the "skip to the map" link has the focus.
  for (; stops < 5; stops++) {
    const text = await page.evaluate(() => document.activeElement?.textContent);
    if (text === 'Pāriet uz karti') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  stops++;
  await page.waitForFunction(() => document.activeElement?.classList.contains('map'));
  assert.ok(stops <= 3, `${stops} key presses to the map`);
  assert.equal(new URL(page.url()).pathname, '/', 'the page stays');
  // The next skip link goes to the list.
  await page.goto(env.base + '/');
  await waitForList(page);
  await page.getByRole('link', { name: 'Pāriet uz sarakstu' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
  // Tab from there reaches the first place, past the list's two download
  // buttons and nothing else.
  const inList = () => page.evaluate(() => !!document.activeElement?.closest('.place-list'));
  let presses = 0;
  for (; presses < 3 && !(await inList()); presses++) await page.keyboard.press('Tab');
  assert.ok(await inList(), `the list after ${presses} Tabs`);
  assert.equal(presses, 3, 'the two downloads, then the first place');
}));

test('on a phone "skip to the map" shows the map and focuses it', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await page.goto(env.base + '/');
  await waitForList(page);
  await page.getByRole('link', { name: 'Pāriet uz karti' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('map'));
  assert.equal(new URL(page.url()).searchParams.get('view'), 'map');
  assert.ok(await page.locator('.home .map').isVisible());
  await page.getByRole('link', { name: 'Pāriet uz sarakstu' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
  assert.equal(new URL(page.url()).searchParams.get('view'), null);
}));

test('the skip links are only on the home page', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/calendar?month=2022-03');
  await page.locator('.month-grid').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Pāriet uz karti' }).count(), 0);
}));

for (const [lang, word] of [['lv', 'Sīkāk'], ['en', 'Details']]) {
  test(`every details link is named after its place (${lang})`, () => withPage(env, async ({ page }) => {
    await page.goto(env.base + `/?lang=${lang}`);
    await waitForList(page);
    const names = await page.locator('.place-list .details-link').evaluateAll((as) => as.map((a) => a.textContent.trim()));
    assert.ok(names.length >= 30, `${names.length} links`);
    assert.equal(new Set(names).size, names.length, 'names are unique');
    for (const n of names) assert.match(n, new RegExp(`^${word} \\(.+\\)$`));
    // The place's name is for screen readers only: on screen the link
    // still reads "Sīkāk" (the name's box is clipped to a pixel).
    const hidden = await page.locator('.place-list .details-link .visually-hidden').first()
      .evaluate((e) => { const r = e.getBoundingClientRect(); return r.width * r.height; });
    assert.ok(hidden <= 1, `the hidden name covers ${hidden} px²`);
    // And Playwright's accessible name (what a screen reader says) has it too.
    const first = await page.locator('.place-list .place-item').first().locator('.place-link').innerText();
    await page.getByRole('link', { name: `${word} (${first})`, exact: true }).first().waitFor();
  }));
}

test('touch targets on a phone: details links 44 × 44 px, names at least 24 px tall, none overlapping', () => withPage(env, { viewport: { width: 375, height: 740 } }, async ({ page }) => {
  await page.goto(env.base + '/');
  await waitForList(page);
  const boxes = await page.locator('.place-list .place-item').evaluateAll((items) => items.map((li) => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
    return { details: box(li.querySelector('.details-link')), name: box(li.querySelector('.place-link')) };
  }));
  assert.ok(boxes.length > 10);
  for (const [i, b] of boxes.entries()) {
    assert.ok(b.details.w >= 44 && b.details.h >= 44, `details link ${i}: ${b.details.w}×${b.details.h}`);
    assert.ok(b.name.h >= 24, `name ${i}: ${b.name.h} px tall`);
    const apart = b.name.x + b.name.w <= b.details.x || b.name.y + b.name.h <= b.details.y || b.details.y + b.details.h <= b.name.y;
    assert.ok(apart, `name and details link ${i} overlap`);
  }
  // Every item's star and details link stand in one column, whatever the
  // length of the name beside them.
  const lefts = await page.locator('.place-list .place-item').evaluateAll((items) => items.map((li) => [
    li.querySelector('.trip-toggle').getBoundingClientRect().x, li.querySelector('.details-link').getBoundingClientRect().x,
  ]));
  for (const k of [0, 1]) {
    const xs = new Set(lefts.map((p) => Math.round(p[k])));
    assert.equal(xs.size, 1, `${k ? 'details links' : 'stars'} at x = ${[...xs].join(', ')}`);
  }
  // Links that stand alone are 24 px tall at least: the downloads, the
  // footer's links and its sources' summary.
  for (const sel of ['.downloads .link-button', '.site-footer .network a', '.site-footer .sources summary']) {
    for (const h of await page.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
      assert.ok(h >= 24, `${sel}: ${h} px tall`);
    }
  }
}));

// ---------- smaller defects ----------

test('the locate-me message follows a change of language', () => withPage(env, async ({ page }) => {
  // The browser refuses (a stub: headless Chromium's own answer varies).
  await page.addInitScript(() => {
    navigator.geolocation.getCurrentPosition = (_ok, err) => setTimeout(() => err({ code: 1, message: 'denied' }), 0);
  });
  await page.goto(env.base + '/');
  await waitForList(page);
  await page.getByRole('button', { name: 'Parādīt manu atrašanās vietu' }).click();
  const note = page.locator('.map-notice-locate');
  await note.waitFor();
  assert.equal(await note.innerText(), 'Atrašanās vietu noteikt neizdevās: atļauja liegta.');
  await page.locator('.lang-button[lang=en]').click();
  await page.waitForFunction(() => document.querySelector('.map-notice-locate')?.textContent.startsWith('Your location'));
  assert.equal(await note.innerText(), 'Your location could not be found: permission was denied.');
}));

test('a venue is named in English on English pages where the data has it', () => withPage(env, async ({ page }) => {
  await page.goto(env.base + '/event/selijas-asociacija-2022?lang=en');
  await page.getByText('Jaunjelgava culture centre').waitFor();
  await page.goto(env.base + '/event/selijas-asociacija-2022');
  await page.getByText('Jaunjelgavas kultūras centrs').waitFor();
}));

test('a parish is named in the page language: "… Parish" in English, "… pagasts" in Latvian', () => withPage(env, async ({ page }) => {
  const sece = fixture.places.find((p) => p.id === 'sece');
  const parish = page.locator('.place-page dd.parish');
  await page.goto(env.base + '/place/sece?lang=en');
  await parish.waitFor();
  assert.equal(await parish.innerText(), sece.parish.en);
  assert.match(sece.parish.en, / Parish$/);
  // The switch redraws it in place.
  await page.locator('.lang-button[lang=lv]').click();
  await page.waitForFunction((lv) => document.querySelector('.place-page dd.parish')?.textContent === lv, sece.parish.lv);
  assert.match(await parish.innerText(), / pagasts$/);
  await page.goto(env.base + '/place/sece');
  await parish.waitFor();
  assert.equal(await parish.innerText(), sece.parish.lv);
  // A parish the data gives only as a plain string shows in both languages.
  const zalve = fixture.places.find((p) => p.id === 'zalve');
  assert.equal(typeof zalve.parish, 'string');
  await page.goto(env.base + '/place/zalve?lang=en');
  await parish.waitFor();
  assert.equal(await parish.innerText(), zalve.parish);
}));

test('a population note is in the page language: "(2024, parish)" in English, "(2024, pagastā)" in Latvian', () => withPage(env, async ({ page }) => {
  const zalve = fixture.places.find((p) => p.id === 'zalve');
  const note = zalve.population_year;
  assert.deepEqual(note, { lv: '2024, pagastā', en: '2024, parish' }, 'the fixture gives zalve its note in both languages');
  const shown = (text) => `${zalve.population} (${text})`;
  const population = page.locator('.place-page dd.population');
  await page.goto(env.base + '/place/zalve?lang=en');
  await population.waitFor();
  assert.equal(await population.innerText(), shown(note.en));
  // The switch redraws it in place.
  await page.locator('.lang-button[lang=lv]').click();
  await page.waitForFunction((lv) => document.querySelector('.place-page dd.population')?.textContent === lv, shown(note.lv));
  await page.goto(env.base + '/place/zalve');
  await population.waitFor();
  assert.equal(await population.innerText(), shown(note.lv));
  // A note the data gives as a plain string (a bare year) shows in both.
  const sece = fixture.places.find((p) => p.id === 'sece');
  assert.equal(sece.population_year, '2021');
  await page.goto(env.base + '/place/sece?lang=en');
  await population.waitFor();
  assert.equal(await population.innerText(), `${sece.population} (2021)`);
}));

test('the footer credits the data sources in the page language', () => withPage(env, async ({ page }) => {
  const text = (t, lang) => (typeof t === 'string' ? t : (t[lang] || t.lv));
  const labels = (lang) => fixture.sources.map((s) =>
    s.license ? `${text(s.name, lang)} (${text(s.license, lang)})` : text(s.name, lang));
  const items = page.locator('.site-footer .sources li');
  const shown = () => items.allTextContents();
  await page.goto(env.base + '/?lang=en');
  await waitForList(page);
  await items.first().waitFor({ state: 'attached' });
  assert.deepEqual(await shown(), labels('en'));
  assert.ok(labels('en').includes('OpenStreetMap contributors (ODbL)'));
  assert.ok(labels('en').some((l) => l.endsWith('(facts only, text not reproduced)')));
  await page.locator('.lang-button[lang=lv]').click();
  await page.waitForFunction(() => document.querySelector('.site-footer .sources')?.textContent.includes('OpenStreetMap dalībnieki'));
  assert.deepEqual(await shown(), labels('lv'));
  assert.ok(labels('lv').includes('OpenStreetMap dalībnieki (ODbL)'));
  assert.ok(labels('lv').some((l) => l.endsWith('(tikai fakti, teksts nav pārpublicēts)')));
}));

// ---------- bad input ----------

/** The corpus cases the browser loads: every HTML/script case, and a spread of the rest. */
function sample() {
  const cases = readdirSync(BAD)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => f.slice(0, -'.expect.json'.length))
    // Recipes (1 MB strings, 10,000 records) are expanded by the native test only.
    .filter((c) => readdirSync(BAD).includes(`${c}.json`))
    .sort();
  const html = cases.filter((c) => c.startsWith('html-'));
  const rest = cases.filter((c) => !c.startsWith('html-')).filter((_, i) => i % 12 === 0);
  return [...html, ...rest];
}

const CASES = sample();

test(`${CASES.length} broken datasets: the page stays readable, says what was skipped, runs no injected script`, { timeout: 600000 }, () => withPage(env, async ({ page }) => {
  assert.ok(CASES.length >= 30);
  let body = '';
  await page.route('**/data/selija.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  // Traps: any payload that ran would call alert() or set this flag.
  await page.addInitScript(() => {
    window.__pwned = 0;
    window.alert = () => { window.__pwned++; };
  });
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  for (const c of CASES) {
    body = readFileSync(path.join(BAD, `${c}.json`));
    const expect = JSON.parse(readFileSync(path.join(BAD, `${c}.expect.json`), 'utf8'));
    const paths = ['/?lang=en'];
    if (c.startsWith('html-') && expect.loads) {
      paths.push('/calendar?view=list&lang=en');
      const place = expect.survive?.places?.[0];
      const event = expect.survive?.events?.[0];
      if (place) paths.push(`/place/${place}?lang=en`);
      if (event) paths.push(`/event/${event}?lang=en`);
    }
    for (const p of paths) {
      const where = `${c} at ${p}`;
      await page.goto(env.base + p);
      await page.locator('.site-header').waitFor({ timeout: 15000 });
      // Loaded: the page itself; not loadable: the error panel.
      const shown = expect.loads
        ? '.results, .calendar-page, .month-grid, .agenda, main h1'
        : '.error-panel';
      await page.locator(shown).first().waitFor({ timeout: 15000 }).catch(() => {
        throw new Error(`${where}: nothing readable (${shown})`);
      });
      if (p === '/?lang=en') {
        const records = new Set((expect.problems ?? []).map((q) => `${q.section}/${q.record}`));
        if (expect.loads && records.size > 0) {
          const summary = await page.locator('.skipped summary').innerText();
          const n = records.size;
          assert.match(summary, new RegExp(`^${n} records? skipped`), `${where}: ${summary}`);
        } else if (expect.loads) {
          assert.equal(await page.locator('.skipped').count(), 0, `${where}: nothing was skipped`);
        }
      }
      const ran = await page.evaluate(() => ({
        pwned: window.__pwned,
        injected: document.querySelectorAll('[onerror], [onload]:not(body), img[src="x"], main script').length,
        panic: !!document.getElementById('panic'),
      }));
      assert.deepEqual(ran, { pwned: 0, injected: 0, panic: false }, where);
      assert.equal(dialogs, 0, `${where}: a dialog opened`);
    }
  }
}));

// ---------- hostile links ----------

/** Paths the server answers as files (deploy/nginx.conf, tests/browser/serve.py). */
const FILE_LIKE = /\.(html|js|css|wasm|json|svg|png|jpg|ico|webmanifest|txt|xml|br|gz)$/;

/** [page, notice keys, path] from the list (comments and blank lines skipped). */
const LINKS = readFileSync(HOSTILE, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));

async function hostile(links) {
  await withPage(env, async ({ page, errors }) => {
    for (const [expected, keys, link] of links) {
      const where = `${expected} ${link.slice(0, 80)}`;
      const response = await page.goto(env.base + link);
      // A missing file with an extension (/calendar.json) is a plain 404,
      // as nginx answers it: no page to look at (tests/hostile_urls.rs
      // checks the app's route for it).
      if (response.status() === 404 && FILE_LIKE.test(new URL(response.url()).pathname)) {
        assert.equal(await page.locator('#boot, .site-header').count(), 0, where);
        continue;
      }
      // An embed has no site header: its frame's own bar and footer instead.
      const frame = expected.startsWith('embed') ? '.embed-root .embed-foot' : '.site-header';
      await page.locator(frame).waitFor({ timeout: 15000 }).catch(() => {
        throw new Error(`${where}: no header`);
      });
      // The page itself is drawn (not only the header).
      await page.locator('main h1, .error-panel').first().waitFor({ timeout: 15000 }).catch(() => {
        throw new Error(`${where}: no page`);
      });
      if (keys !== '-') {
        await page.locator('.notice').first().waitFor({ timeout: 10000 }).catch(() => {
          throw new Error(`${where}: no notice (expected ${keys})`);
        });
      }
      assert.equal(await page.locator('#panic').count(), 0, `${where}: panicked`);
      assert.deepEqual(errors, [], where);
    }
  });
}

test(`hostile links ${LINKS.length}: the first half never break the page`, { timeout: 600000 }, () => {
  assert.ok(LINKS.length >= 100);
  return hostile(LINKS.slice(0, Math.ceil(LINKS.length / 2)));
});

test('hostile links: the second half never break the page', { timeout: 600000 }, () => hostile(LINKS.slice(Math.ceil(LINKS.length / 2))));
