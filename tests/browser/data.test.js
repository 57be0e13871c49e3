// Open data: the home page's GeoJSON and CSV downloads of the filtered
// places, and the community profile on the place page and the map panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, withPage, fixture, waitForList } from './harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The editors' command-line tool, as `make browser` builds it first. */
const SELIJA_DATA = process.env.SELIJA_DATA_BIN || path.resolve(here, '../../target/pages/selija-data');
/** The CSV templates the site serves (and /check links). */
const TEMPLATES = path.resolve(here, '../../public/data/templates');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const inJekabpils = fixture.places.filter((p) => p.municipality === 'jekabpils');
const located = inJekabpils.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
/** A place's parish as `{lv, en}` (a plain string is the Latvian). */
const parishOf = (p) => (typeof p.parish === 'string' ? { lv: p.parish } : p.parish ?? {});

/** Clicks `selector` and returns the download's name, text and file. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8'), saved };
}

/** Runs `body(dir)` with a fresh temporary directory, removed afterwards. */
async function inScratch(body) {
  const dir = mkdtempSync(path.join(tmpdir(), 'selija-data-test-'));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `selija-data ARGS` in `dir`, so it names the files as the page
 * does: by their bare names. Its language only from `--lang`.
 */
function selijaData(dir, args) {
  assert.ok(existsSync(SELIJA_DATA),
    `${SELIJA_DATA} is missing: cargo build --profile pages --bin selija-data (make browser does)`);
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' };
  const run = spawnSync(SELIJA_DATA, args, { cwd: dir, encoding: 'utf8', env });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** RFC 4180 with `;` between cells: rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  assert.equal(cell, '', 'the file ends with a line end');
  assert.equal(row.length, 0);
  return rows;
}

test('GeoJSON download of ?m=jekabpils: RFC 7946, exactly the located Jēkabpils places', () =>
  withPage(env, {}, async ({ page }) => {
    await page.goto(env.base + '/?m=jekabpils');
    await waitForList(page);
    const { name, text } = await download(page, '.download-geojson');
    assert.equal(name, 'selija-jekabpils-vietas.geojson');
    const doc = JSON.parse(text);
    assert.equal(doc.type, 'FeatureCollection');
    assert.ok(Array.isArray(doc.features));
    assert.deepEqual(doc.features.map((f) => f.id), located.map((p) => p.id));
    for (const f of doc.features) {
      const p = located.find((q) => q.id === f.id);
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      assert.equal(f.geometry.coordinates.length, 2);
      // RFC 7946: longitude first.
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(Math.abs(lon - p.lon) < 1e-9, `${f.id} lon`);
      assert.ok(Math.abs(lat - p.lat) < 1e-9, `${f.id} lat`);
      assert.equal(f.properties.id, p.id);
      assert.equal(f.properties.name_lv, p.name.lv);
      assert.equal(f.properties.name_en, p.name.en);
      assert.equal(f.properties.municipality, 'jekabpils');
      // Both languages' parish; empty ones left out.
      assert.equal(f.properties.parish_lv, parishOf(p).lv, `${f.id} parish_lv`);
      assert.equal(f.properties.parish_en, parishOf(p).en, `${f.id} parish_en`);
    }
    assert.ok(doc.features.some((f) => f.properties.parish_en), 'a parish in English is downloaded');
    const left = inJekabpils.length - located.length;
    assert.ok(left > 0, 'the fixture has Jēkabpils places without coordinates');
    const note = await page.locator('.downloads-note').textContent();
    assert.match(note, new RegExp(`^${left} vietas bez`));
  }));

test('CSV download of ?m=jekabpils: BOM, semicolons, header, one row per place', () =>
  withPage(env, {}, async ({ page }) => {
    await page.goto(env.base + '/?m=jekabpils');
    await waitForList(page);
    const { name, text, saved } = await download(page, '.download-csv');
    assert.equal(name, 'selija-jekabpils-vietas.csv');
    assert.equal(text[0], '\ufeff', 'UTF-8 byte-order mark');
    const rows = parseCsv(text.slice(1));
    const [header, ...body] = rows;
    assert.deepEqual(header.slice(0, 5), ['id', 'kind', 'name_lv', 'name_en', 'municipality']);
    for (const r of body) assert.equal(r.length, header.length);
    const col = (n) => header.indexOf(n);
    assert.deepEqual(body.map((r) => r[col('id')]), inJekabpils.map((p) => p.id));
    for (const r of body) {
      const p = inJekabpils.find((q) => q.id === r[col('id')]);
      assert.equal(r[col('name_lv')], p.name.lv);
      assert.equal(r[col('municipality')], 'jekabpils');
      assert.equal(r[col('parish_lv')], parishOf(p).lv ?? '');
      assert.equal(r[col('parish_en')], parishOf(p).en ?? '');
      if (typeof p.lat === 'number') {
        // Decimal comma, for a Latvian spreadsheet.
        assert.equal(Number(r[col('lat')].replace(',', '.')), p.lat);
        assert.equal(Number(r[col('lon')].replace(',', '.')), p.lon);
      } else {
        assert.equal(r[col('lat')], '');
      }
    }

    // The editors' tool imports it back: exactly the filtered places.
    await inScratch(async (dir) => {
      copyFileSync(saved, path.join(dir, name));
      const run = selijaData(dir, ['import-csv', '--places', name, '-o', 'out.json', '--lang', 'en']);
      assert.equal(run.code, 0, run.err);
      const back = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
      assert.deepEqual(back.places.map((p) => p.id), inJekabpils.map((p) => p.id));
      for (const p of back.places) {
        const q = inJekabpils.find((x) => x.id === p.id);
        assert.deepEqual([p.kind, p.name.lv, p.name.en, p.municipality, p.lat, p.lon],
          [q.kind, q.name.lv, q.name.en, q.municipality, q.lat, q.lon], p.id);
      }
    });
  }));

test('all of Sēlija downloads as selija-vietas.csv with every place', () =>
  withPage(env, {}, async ({ page }) => {
    await page.goto(env.base + '/');
    await waitForList(page);
    const { name, text } = await download(page, '.download-csv');
    assert.equal(name, 'selija-vietas.csv');
    assert.equal(parseCsv(text.slice(1)).length, fixture.places.length + 1);
  }));

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
const sece = fixture.places.find((p) => p.id === 'sece');

/** Checks the profile inside `scope` (a locator). */
async function checkProfile(scope) {
  assert.equal(await scope.locator('.island').textContent(), sece.island.lv);
  assert.equal(await scope.locator('.member-since').textContent(), String(sece.member_since));
  const hrefs = await scope.locator('.contacts a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, [
    sece.contacts.website,
    `mailto:${sece.contacts.email}`,
    'tel:+37120000000',
    ...sece.contacts.social,
  ]);
  const img = scope.locator('img.identity-sign');
  assert.equal(await img.getAttribute('src'), sece.identity_sign);
  assert.match(await img.getAttribute('alt'), /Sece/);
  // Relative to the app's base, so it loads under a sub-path too.
  await page_loaded(img);
}

async function page_loaded(img) {
  await img.evaluate((el) => el.decode());
}

test('the community profile on the place page and in the map panel', () =>
  withPage(env, {}, async ({ page }) => {
    await page.route('**/images/signs/test-sece.svg', (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: SVG }));
    await page.goto(env.base + '/place/sece');
    await page.locator('.place-page .profile').waitFor();
    await checkProfile(page.locator('.place-page'));

    await page.goto(env.base + '/?p=sece');
    await page.locator('.map-panel .profile').waitFor();
    await checkProfile(page.locator('.map-panel'));

    // A place without a profile shows none.
    await page.goto(env.base + '/place/serene');
    await page.locator('.place-page h1').waitFor();
    assert.equal(await page.locator('.profile').count(), 0);
  }));

/** Chooses a file named `name` holding `text` on /check. */
async function choose(page, name, text) {
  await page.setInputFiles('#data-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('/check: a good file says so and previews its places; a bad one lists its problems', () =>
  withPage(env, {}, async ({ page }) => {
    await page.goto(env.base + '/check');
    await choose(page, 'selija.json', JSON.stringify(fixture));
    const good = page.locator('.data-result');
    await good.waitFor();
    assert.match(await good.textContent(), /^Problēmu nav: /);
    assert.match(await good.textContent(), new RegExp(`${fixture.places.length} viet`));
    await page.locator('.data-map .marker').first().waitFor();

    const bad = structuredClone(fixture);
    bad.places[0].lat = 61.2;
    bad.places[1].name = { lv: '', en: '' };
    await choose(page, 'bad.json', JSON.stringify(bad));
    await page.locator('.data-result.bad').waitFor();
    const items = await page.locator('.data-problems li').allTextContents();
    assert.ok(items.length >= 2, items.join('\n'));
    assert.ok(items.some((t) => t.includes(`„${bad.places[0].id}”`) && t.includes('lat')), items.join('\n'));
    assert.ok(items.some((t) => t.includes(`„${bad.places[1].id}”`) && t.includes('name')), items.join('\n'));

    await choose(page, 'broken.json', '{ not json');
    await page.locator('.data-result.bad').waitFor();
    assert.equal(await page.locator('.data-problems').count(), 0);
  }));

// A places table (as Excel saves it: BOM, `;`, CRLF) and an events table
// (as LibreOffice does: `,`, LF), with a planted problem in each row but
// the first: an unknown municipality, a place outside Latvia, a place
// without a name, an event that ends before it starts, a date that does
// not exist.
const BAD_PLACES = '\ufeffid;kind;name_lv;name_en;municipality;lat;lon;confidence;source\r\n'
  + 'sece;village;Sece;Sece;aizkraukle;56,55944;25,39806;high;x\r\n'
  + 'zasa;village;Zasa;Zasa;jekabpls;56,25;26,0167;low;x\r\n'
  + 'tallina;town;Tallina;Tallinn;jekabpils;59,437;24,7536;low;x\r\n'
  + 'bez-nosaukuma;village;;;aizkraukle;56,5;25,4;low;x\r\n';
const BAD_EVENTS = 'id,title_lv,start,end,place,category,source\n'
  + 'mkd,"Mājas kafejnīcu dienas, 1",2024-09-07,2024-09-06,sece,home-cafes,x\n'
  + 'tirgus,Tirgus,2024-13-45,,sece,home-cafes,x\n';
/** The planted problems: file, row, column. */
const PLANTED = [
  ['vietas.csv', 3, 'municipality'],
  ['vietas.csv', 4, 'lat'],
  ['vietas.csv', 5, 'name_lv'],
  ['notikumi.csv', 2, 'end'],
  ['notikumi.csv', 3, 'start'],
];
const WHERE = {
  lv: (row, column) => `${row}. rinda, kolonna ${column} `,
  en: (row, column) => `row ${row}, column ${column} `,
};

for (const [lang, locale] of [['lv', 'lv-LV'], ['en', 'en-GB']]) {
  test(`/check: bad CSV tables list the same problems as selija-data import-csv (${lang})`, () =>
    withPage(env, { locale }, async ({ page }) => inScratch(async (dir) => {
      writeFileSync(path.join(dir, 'vietas.csv'), BAD_PLACES);
      writeFileSync(path.join(dir, 'notikumi.csv'), BAD_EVENTS);
      await page.goto(env.base + '/check');
      // The events table first: the header rows tell which is which.
      await page.setInputFiles('#data-file', [path.join(dir, 'notikumi.csv'), path.join(dir, 'vietas.csv')]);
      await page.locator('.data-result.bad').waitFor();
      const files = await page.locator('.data-file').allTextContents();
      assert.deepEqual(files, lang === 'lv'
        ? ['„notikumi.csv” — notikumu tabula', '„vietas.csv” — vietu tabula']
        : ['“notikumi.csv” — events table', '“vietas.csv” — places table']);
      const shown = await page.locator('.data-problems li').allTextContents();

      const run = selijaData(dir, [
        'import-csv', '--places', 'vietas.csv', '--events', 'notikumi.csv', '-o', 'out.json', '--lang', lang,
      ]);
      assert.equal(run.code, 1, run.err);
      assert.equal(existsSync(path.join(dir, 'out.json')), false);
      const lines = run.err.trimEnd().split('\n');
      // The command's last line says nothing was written; the page writes nothing.
      assert.match(lines.pop(), lang === 'lv' ? /^Nekas nav ierakstīts/ : /^Nothing was written/);
      assert.deepEqual(shown, lines);
      // And they are the planted problems, each at its row and column.
      assert.equal(shown.length, PLANTED.length, shown.join('\n'));
      PLANTED.forEach(([file, row, column], i) => {
        assert.ok(shown[i].startsWith(`${file}: ${WHERE[lang](row, column)}`), shown[i]);
      });
    })));
}

test('/check: good CSV tables say so as selija-data does and preview their places', () =>
  withPage(env, {}, async ({ page }) => inScratch(async (dir) => {
    for (const file of ['places.csv', 'events.csv']) {
      copyFileSync(path.join(TEMPLATES, file), path.join(dir, file));
    }
    await page.goto(env.base + '/check');
    const input = page.getByLabel('Datu fails (JSON) vai tabulas (CSV)');
    assert.equal(await input.getAttribute('id'), 'data-file');
    assert.equal(await input.getAttribute('multiple'), '');
    await input.setInputFiles([path.join(dir, 'places.csv'), path.join(dir, 'events.csv')]);
    const good = page.locator('.data-result.good');
    await good.waitFor();
    assert.equal(await page.locator('.data-problems').count(), 0);
    const run = selijaData(dir, [
      'import-csv', '--places', 'places.csv', '--events', 'events.csv', '-o', 'out.json', '--lang', 'lv',
    ]);
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out.trim(), `out.json: ${await good.textContent()}`);
    assert.match(await good.textContent(), /^Problēmu nav: 2 vietas un 2 notikumi\.$/);
    await page.locator('.data-map .marker').first().waitFor();
  })));

test('/check: tables dropped on the box are checked as chosen ones are', () =>
  withPage(env, {}, async ({ page }) => {
    await page.goto(env.base + '/check');
    const box = page.locator('.data-choose');
    await box.getByText('Vai ievelciet failus šeit no savas mapes.').waitFor();
    const files = ['places.csv', 'events.csv'].map((f) => [f, readFileSync(path.join(TEMPLATES, f), 'utf8')]);
    // What a drag from a file manager hands over: a DataTransfer with files.
    const transfer = await page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const [name, text] of files) dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    }, files);
    await box.dispatchEvent('dragover', { dataTransfer: transfer });
    assert.match(await box.getAttribute('class'), /\bdragging\b/, 'the box shows it takes the drop');
    await box.dispatchEvent('drop', { dataTransfer: transfer });
    const good = page.locator('.data-result.good');
    await good.waitFor();
    assert.match(await good.textContent(), /^Problēmu nav: 2 vietas un 2 notikumi\.$/);
    assert.doesNotMatch(await box.getAttribute('class'), /\bdragging\b/);
    await page.locator('.data-map .marker').first().waitFor();
  }));

test('/check: an events table alone, a table of something else, JSON with CSV: each says why', () =>
  withPage(env, {}, async ({ page }) => {
    await page.goto(env.base + '/check');
    const csv = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.setInputFiles('#data-file', [csv('notikumi.csv', BAD_EVENTS)]);
    await page.locator('.data-result.bad', { hasText: 'kopā ar vietu tabulu' }).waitFor();
    assert.equal(await page.locator('.data-problems').count(), 0);

    await page.setInputFiles('#data-file', [csv('vietas.csv', BAD_PLACES), csv('augli.csv', 'nosaukums;cena\nābols;1\n')]);
    await page.locator('.data-file.bad', { hasText: '„augli.csv” nav ne vietu, ne notikumu tabula' }).waitFor();
    assert.equal(await page.locator('.data-result').count(), 0);
    assert.equal(await page.locator('.data-map').count(), 0);

    await page.setInputFiles('#data-file', [
      csv('vietas.csv', BAD_PLACES),
      { name: 'selija.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fixture)) },
    ]);
    await page.locator('.data-result.bad', { hasText: 'JSON datu failu pārbauda atsevišķi' }).waitFor();
  }));

test('a community sign that does not load is left out, not shown broken', () => withPage(env, {}, async ({ page }) => {
  // Nothing serves the fixture's sign here: a 404.
  await page.goto(env.base + '/place/sece');
  await page.locator('.place-page .profile').waitFor();
  const img = page.locator('.place-page img.identity-sign');
  await page.waitForFunction(() => document.querySelector('.place-page img.identity-sign')?.classList.contains('is-broken'));
  assert.equal(await img.isVisible(), false);
  // The rest of the profile stays.
  assert.ok(await page.locator('.place-page .profile-facts').isVisible());
}));
