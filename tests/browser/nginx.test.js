// The deployment people will use: deploy/nginx.conf serving the test build
// from a real nginx (Debian's, with the Brotli static module; installed by
// `.ci/tools.sh test`). The test runs nginx itself as a normal process on
// 127.0.0.1 with a generated nginx.conf around the file's server block —
// never the system service, never port 80. Skipped when nginx is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions, withPage, waitForList, fixture, freePort } from './harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME = '/etc/nginx/mime.types';
const dist = path.resolve(here, process.env.DIST || '../../dist-test');
const conf = readFileSync(path.resolve(here, '../../deploy/nginx.conf'), 'utf8');
const policy = (name) => conf.match(new RegExp(`set \\$csp_${name} "([^"]+)";`))[1];

const missing = [NGINX, BROTLI, MIME].filter((f) => !existsSync(f));
const skip = missing.length ? `nginx not installed (${missing.join(', ')}): .ci/tools.sh test` : false;

let env;
let prefix;
let nginx;

/** nginx.conf for a private nginx: deploy/nginx.conf's server block with
 *  its placeholders filled, everything else under the prefix directory. */
function mainConf(port) {
  const site = conf.replaceAll('__ROOT__', dist).replaceAll('__PORT__', String(port));
  writeFileSync(path.join(prefix, 'site.conf'), site);
  return `load_module ${BROTLI};
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include ${MIME};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/site.conf;
}
`;
}

before(async () => {
  if (skip) return;
  prefix = mkdtempSync(path.join(tmpdir(), 'selija-nginx-'));
  mkdirSync(path.join(prefix, 'tmp'));
  mkdirSync(path.join(prefix, 'logs'));
  const port = await freePort();
  const file = path.join(prefix, 'nginx.conf');
  writeFileSync(file, mainConf(port));
  const check = spawnSync(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', file, '-t'], { encoding: 'utf8' });
  assert.equal(check.status, 0, `nginx -t:\n${check.stderr}`);
  nginx = spawn(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await get(base, '/favicon.svg');
      break;
    } catch (e) {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const browser = await chromium.launch(launchOptions());
  env = { base, dist, browser };
});

after(async () => {
  await env?.browser.close();
  if (nginx && nginx.exitCode === null) {
    nginx.kill('SIGQUIT');
    await new Promise((r) => nginx.once('exit', r));
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

/** A raw GET (no automatic decompression): status, headers and body bytes. */
function get(base, p, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(base + p, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const hashed = (re) => readdirSync(dist).find((f) => re.test(f));
const wasm = () => hashed(/^selijas-salas-[0-9a-f]{8,16}_bg\.wasm$/);
const js = () => hashed(/^selijas-salas-[0-9a-f]{8,16}\.js$/);
const css = () => hashed(/^main-[0-9a-f]{8,16}\.css$/);
const boot = () => hashed(/^boot-[0-9a-f]{16}\.js$/);
const IMMUTABLE = 'public, max-age=31536000, immutable';

test('hashed files: a year, immutable, the right types, CORS for the embeds', { skip }, async () => {
  for (const [file, type] of [[wasm(), 'application/wasm'], [js(), 'text/javascript'], [css(), 'text/css'], [boot(), 'text/javascript']]) {
    const r = await get(env.base, '/' + file);
    assert.equal(r.status, 200, file);
    assert.equal(r.headers['cache-control'], IMMUTABLE, file);
    assert.equal(r.headers['content-type'].split(';')[0], type, file);
    assert.equal(r.headers['access-control-allow-origin'], '*', file);
  }
});

test('Brotli and gzip copies are sent, as the wasm type still', { skip }, async () => {
  const br = await get(env.base, '/' + wasm(), { 'Accept-Encoding': 'gzip, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.deepEqual(br.body, readFileSync(path.join(dist, wasm() + '.br')));
  const gz = await get(env.base, '/' + wasm(), { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  const plain = await get(env.base, '/' + wasm());
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.length, readFileSync(path.join(dist, wasm())).length);
  // Pages too, also a page found by the history fallback.
  const page = await get(env.base, '/place/sece', { 'Accept-Encoding': 'br' });
  assert.equal(page.headers['content-encoding'], 'br');
  assert.match(page.headers.vary || '', /Accept-Encoding/);
});

test('pages: no-cache, the policy, framed by this site only', { skip }, async () => {
  for (const p of ['/', '/place/sece', '/calendar?month=2022-03', '/event/selijas-kongress-1-1999', '/index.html', '/no/such/page']) {
    const r = await get(env.base, p);
    assert.equal(r.status, p === '/no/such/page' ? 404 : 200, p);
    assert.equal(r.headers['cache-control'], 'no-cache', p);
    assert.equal(r.headers['content-security-policy'], policy('app'), p);
    assert.match(r.headers['content-security-policy'], /frame-ancestors 'self'$/);
    assert.equal(r.headers['x-frame-options'], 'SAMEORIGIN', p);
    assert.equal(r.headers['access-control-allow-origin'], undefined, p);
    assert.match(r.headers['content-type'], /^text\/html/, p);
  }
});

test('embeds: framed by anyone, CORS, no X-Frame-Options', { skip }, async () => {
  for (const p of ['/embed', '/embed/', '/embed/calendar', '/embed/calendar?view=list', '/embed?view=both']) {
    const r = await get(env.base, p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['content-security-policy'], policy('embed'), p);
    assert.match(r.headers['content-security-policy'], /frame-ancestors \*$/);
    assert.equal(r.headers['x-frame-options'], undefined, p);
    assert.equal(r.headers['access-control-allow-origin'], '*', p);
    assert.equal(r.headers['cache-control'], 'no-cache', p);
  }
  // A mistyped embed: a 404 with the embed's page, still frameable, so the
  // partner's frame says what is wrong (the site's 404 page could not show).
  for (const [p, headers, file] of [
    ['/embed/kalendars', {}, 'embed/index.html'],
    ['/embed/calendar/x?view=list', { 'accept-language': 'en-GB,en;q=0.8' }, 'embed/index.en.html'],
  ]) {
    const r = await get(env.base, p, headers);
    assert.equal(r.status, 404, p);
    assert.deepEqual(r.body, readFileSync(path.join(dist, file)), `${p} gets ${file}`);
    assert.equal(r.headers['content-security-policy'], policy('embed'), p);
    assert.equal(r.headers['x-frame-options'], undefined, p);
  }
  // embed.js (the partners' script) is not an embed page.
  const script = await get(env.base, '/embed.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers['cache-control'], 'no-cache');
});

test('the data, the worker and the manifest are revalidated', { skip }, async () => {
  const data = await get(env.base, '/data/selija.json');
  assert.equal(data.status, 200);
  assert.equal(data.headers['cache-control'], 'no-cache');
  assert.equal(data.headers['access-control-allow-origin'], '*');
  assert.equal(JSON.parse(data.body).places.length, fixture.places.length);
  const sw = await get(env.base, '/sw.js');
  assert.equal(sw.headers['cache-control'], 'no-cache');
  assert.equal(sw.headers['content-security-policy'], policy('worker'));
  assert.equal(sw.headers['access-control-allow-origin'], undefined);
  const manifest = await get(env.base, '/manifest.webmanifest');
  assert.equal(manifest.headers['cache-control'], 'no-cache');
  assert.equal(manifest.headers['content-type'], 'application/manifest+json; charset=utf-8');
});

test('deep links get the page written for them; unknown paths and missing files a real 404', { skip }, async () => {
  const sece = await get(env.base, '/place/sece');
  assert.deepEqual(sece.body, readFileSync(path.join(dist, 'place/sece/index.html')));
  const slash = await get(env.base, '/place/sece/');
  assert.equal(slash.status, 200, 'no redirect to the slash');
  // A path with no page: 404, with the "not found" page in the visitor's
  // language, under the site's headers (it runs the app).
  for (const [p, headers, file] of [
    ['/place/atlantis', {}, '404.html'],
    ['/no/such/page', { 'accept-language': 'en-GB,en;q=0.8' }, '404.en.html'],
    ['/place', { cookie: 'selija_lang=en' }, '404.en.html'],
  ]) {
    const r = await get(env.base, p, headers);
    assert.equal(r.status, 404, p);
    assert.deepEqual(r.body, readFileSync(path.join(dist, file)), `${p} gets ${file}`);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', p);
    assert.equal(r.headers['content-security-policy'], policy('app'), p);
    assert.equal(r.headers['cache-control'], 'no-cache', p);
    assert.match(r.headers.vary ?? '', /Accept-Language, Cookie/, p);
  }
  // A missing file is a plain 404, never a page.
  for (const p of ['/nothing.png', '/data/other.json', '/selijas-salas-0000000000000000_bg.wasm']) {
    const r = await get(env.base, p);
    assert.equal(r.status, 404, p);
    assert.doesNotMatch(String(r.body), /not-found/, p);
  }
});

test('each visitor gets the page written in their language, and caches are told so', { skip }, async () => {
  const page = (file) => readFileSync(path.join(dist, file));
  const lv = { 'accept-language': 'lv-LV,lv;q=0.9' };
  const en = { 'accept-language': 'en-GB,en;q=0.8' };
  for (const [p, headers, file, why] of [
    ['/place/sece', lv, 'place/sece/index.html', 'a Latvian browser'],
    ['/place/sece', en, 'place/sece/index.en.html', 'an English browser'],
    ['/place/sece', { 'accept-language': 'de-DE,en;q=0.7,lv;q=0.3' }, 'place/sece/index.html', 'Latvian listed at all'],
    ['/place/sece', {}, 'place/sece/index.html', 'no languages (a crawler)'],
    ['/place/sece?lang=en', lv, 'place/sece/index.en.html', 'the link asks for English'],
    ['/place/sece?lang=lv', en, 'place/sece/index.html', 'the link asks for Latvian'],
    ['/place/sece?lang=xx', en, 'place/sece/index.en.html', 'an unknown lang is ignored'],
    ['/place/sece', { ...lv, cookie: 'selija_lang=en' }, 'place/sece/index.en.html', 'the visitor chose English'],
    ['/place/sece?lang=lv', { cookie: 'a=1; selija_lang=en' }, 'place/sece/index.html', 'the link before the choice'],
    ['/', en, 'index.en.html', 'home'],
    ['/calendar?month=2022-03', en, 'calendar/index.en.html', 'calendar'],
    ['/embed?lang=en', lv, 'embed/index.en.html', 'an embed'],
    ['/trip?s=p.sece', en, 'trip/index.en.html', 'a shared trip'],
  ]) {
    const r = await get(env.base, p, headers);
    assert.equal(r.status, 200, `${p}: ${why}`);
    assert.deepEqual(r.body, page(file), `${p}: ${why} gets ${file}`);
    assert.match(r.headers.vary ?? '', /Accept-Language, Cookie/, `${p}: Vary`);
  }
});

test('the app runs through nginx with no CSP violation', { skip }, async () => {
  for (const [route, ready] of [
    ['/', '.place-list li'],
    ['/place/sece', 'h1'],
    ['/calendar?month=2022-03', '.month-grid .bar'],
    ['/event/selijas-kongress-1-1999', 'h1'],
    ['/embed/calendar?view=list', '.agenda-events'],
    ['/place/atlantis', 'h1'],
  ]) {
    // /place/atlantis is an unknown path: its 404 is expected.
    await withPage(env, { tiles: 'serve', ignoreErrors: /status of 404 \(Not Found\) @ \S+\/place\/atlantis$/ }, async ({ page }) => {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(env.base + route);
      await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 15000 });
      await page.locator(ready).first().waitFor();
      if (route === '/') await waitForList(page);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await page.evaluate(() => window.__violations), [], route);
    });
  }
});
