// Shared set-up of the browser tests: a static server for the release build
// (with the history-API fallback) and Debian's headless Chromium.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The online tile server the app uses. */
export const TILE_HOST = /tile\.openstreetmap\.org/;

/** Launch options for Debian's Chromium; never a downloaded browser. */
export function launchOptions() {
  return {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Serves the built app (DIST, default ../../dist-test) and starts Chromium. */
export async function start() {
  const dist = path.resolve(here, process.env.DIST || '../../dist-test');
  const port = await freePort();
  const server = spawn('python3', [path.join(here, 'serve.py'), dist, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const browser = await chromium.launch(launchOptions());
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    dist,
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}

/**
 * A new page that records console errors and page errors, so each test can
 * assert there were none. Requests to anything but our server are blocked:
 * the app must work offline.
 */
export async function openPage(env, { viewport = { width: 1280, height: 900 }, locale = 'lv-LV', reducedMotion = 'no-preference' } = {}) {
  const context = await env.browser.newContext({ viewport, locale, reducedMotion });
  const page = await context.newPage();
  const errors = [];
  // Blocked map tiles are the only console errors allowed: the app then
  // falls back to its offline base map.
  page.on('console', (m) => {
    if (m.type() === 'error' && !TILE_HOST.test(m.location().url || '')) errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route((url) => !url.href.startsWith(env.base), (route) => route.abort());
  return { page, context, errors };
}

/** Waits until the app has rendered its place list. */
export async function waitForList(page) {
  await page.locator('.place-list li').first().waitFor({ timeout: 15000 });
}
