// Open data: the home page's GeoJSON and CSV downloads of the filtered
// places, and the community profile on the place page and the map panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, withPage, fixture, waitForList } from './harness.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const inJekabpils = fixture.places.filter((p) => p.municipality === 'jekabpils');
const located = inJekabpils.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
/** A place's parish as `{lv, en}` (a plain string is the Latvian). */
const parishOf = (p) => (typeof p.parish === 'string' ? { lv: p.parish } : p.parish ?? {});

/** Clicks `selector` and returns the download's name and text. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
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
    const { name, text } = await download(page, '.download-csv');
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
