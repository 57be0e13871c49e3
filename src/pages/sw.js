// Sēlijas salas service worker: the app keeps working offline after one
// visit. Hand-written on purpose (no Workbox): it is small, and every rule
// below is one the app needs.
//
// This is a TEMPLATE. The build-time page writer (src/pages/offline.rs, run
// by Trunk's post_build hook) writes it to the build as `sw.js`, with FILES
// (trunk's hashed names, the icons, the manifest, the data) and VERSION (a
// hash of those files' bytes) filled in. A new build with any changed byte
// is therefore a new sw.js, which the browser notices and installs beside
// the running one; the page then offers "New version — reload" and this
// worker takes over only when the visitor clicks it (never mid-use).
//
// Caches, all named `selija-…`:
//   selija-<VERSION>        the precache: the app shell and the data
//   selija-pages-<VERSION>  pre-rendered pages (place/<id>/ …) as visited;
//                           not precached: there is one per place and event,
//                           and every data edit would re-download them all,
//                           while the shell draws any page from the data anyway
//   selija-tiles            map tiles as they are seen (kept across versions)

const VERSION = "__VERSION__";
const FILES = [/* __FILES__ */];

const PREFIX = "selija-";
const CACHE = `${PREFIX}${VERSION}`;
const PAGES = `${PREFIX}pages-${VERSION}`;
const TILES = `${PREFIX}tiles`;

// The worker sits at the app's base (it is written next to index.html), so
// its own folder is the base, also under a sub-path such as /selija/.
const BASE = new URL("./", self.location.href).href;
// The shell in each language (the page writer's `index.html`, `index.en.html`).
const SHELL_URLS = { lv: new URL("index.html", BASE).href, en: new URL("index.en.html", BASE).href };
const DATA_URL = new URL("data/selija.json", BASE).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, BASE).href));
// The scripts a page of THIS build loads: a page from another build (the
// server was updated while this worker still runs) names other files,
// which this cache does not hold, so it is not kept for offline use.
const SCRIPTS = FILES.filter((f) => f.endsWith(".js"));

// Where the map's tiles come from: index.html's `<meta name="tile-url">`
// up to its first placeholder, written here by the build (empty: tiles are
// not cached). The Content-Security-Policy's img-src must name its server.
const TILE_SOURCE = "__TILE_SOURCE__";
const TILE_PREFIX = TILE_SOURCE && new URL(TILE_SOURCE, BASE).href;
// At most this many tiles are kept, oldest out: enough for the places a
// visitor looked at, far from the bulk download OSM's tile policy forbids
// (tiles are only ever stored as the map shows them, never fetched ahead).
const MAX_TILES = 300;
// Visited pre-rendered pages kept; beyond it the shell serves them.
const MAX_PAGES = 100;
// A dead or crawling connection must not hang the app: after this long the
// cached copy answers (the network answer still refreshes the cache).
const TIMEOUT_MS = 3000;

// Trunk's and the page writer's files named by their content's hash: the
// HTTP cache's copy of such a name can only be these bytes. (Trunk prints
// its hash without leading zeros: 15 digits happen.)
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm)$/;

self.addEventListener("install", (event) => {
  // The precache must hold this build's bytes, the data included — the
  // first visit is not controlled by the worker yet, so this is what makes
  // the NEXT visit work offline. Unhashed files skip the HTTP cache
  // (`reload`): its copy may be older. Hashed ones may come from it: on a
  // first visit the page has just downloaded them, and fetching the wasm
  // twice would double what a visitor on a slow connection pays.
  const request = (url) => new Request(url, { cache: HASHED.test(url) ? "default" : "reload" });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED].map(request))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Earlier versions' shells and pages; the tiles stay valid.
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE && key !== PAGES && key !== TILES) {
          await caches.delete(key);
        }
      }
      // Take the open pages at once. On the first install they had no
      // worker, so nothing changes under them; on an update this runs only
      // after the visitor asked for the new version (below).
      await self.clients.claim();
    })(),
  );
});

// The page's "reload" button (src/web/sw.rs): the only way a waiting
// version replaces the running one while a page is open.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (TILE_PREFIX && url.href.startsWith(TILE_PREFIX)) {
    event.respondWith(tile(request));
    return;
  }
  // Other sites, and paths outside the app's base: the browser's own way.
  if (!url.href.startsWith(BASE)) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request, url));
    return;
  }
  const bare = url.origin + url.pathname;
  if (bare === DATA_URL) {
    event.respondWith(data(request));
  } else if (PRECACHED.has(bare)) {
    // Hashed names (and the icons, the manifest): the cached copy is this
    // build's, so it is always right.
    event.respondWith(caches.match(bare, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
  }
});

/** Resolves to `promise`'s value, or rejects after `ms` milliseconds. */
function timeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The dataset, network first: volunteers edit it, and a visitor online
 * should see today's. The cached copy answers when the network fails or
 * takes longer than TIMEOUT_MS; a late answer still updates the cache.
 */
async function data(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request, { cache: "no-cache" }).then((response) => {
    if (response.ok) cache.put(DATA_URL, response.clone());
    return response;
  });
  try {
    return await timeout(network, TIMEOUT_MS);
  } catch {
    const cached = await cache.match(DATA_URL);
    if (cached) return cached;
    // Nothing cached (cannot happen after install): wait for the network.
    return network.catch(() => Response.error());
  }
}

/**
 * A navigation (`/`, `/place/x`, `/calendar?month=…`): the network's page;
 * offline, the pre-rendered page for that path if it was visited before,
 * else the app shell, which draws any page from the cached data.
 */
async function page(request, url) {
  const key = pageKey(url);
  const pages = await caches.open(PAGES);
  try {
    const response = await timeout(fetch(request), TIMEOUT_MS);
    if (response.ok && response.status === 200) keepPage(pages, key, response.clone());
    return response;
  } catch {
    return (
      (await pages.match(key)) ||
      (await caches.match(SHELL_URLS[pageLang(url)], { cacheName: CACHE })) ||
      (await caches.match(SHELL_URLS.lv, { cacheName: CACHE })) ||
      Response.error()
    );
  }
}

/**
 * The language of the offline shell, as the server would choose it
 * (deploy/nginx.conf): the link's `lang`, else Latvian when the browser
 * lists it, else English. (The visitor's own choice, kept by the app in a
 * cookie, cannot be read here; the app applies it when it starts.)
 */
function pageLang(url) {
  const asked = url.searchParams.get("lang");
  if (asked === "lv" || asked === "en") return asked;
  return (self.navigator.languages || []).some((l) => l.toLowerCase().startsWith("lv")) ? "lv" : "en";
}

/** A page's cache key: its path without the query (every `/calendar?…`
 *  has the one calendar page) and without a final slash. */
function pageKey(url) {
  const path = url.pathname.replace(/\/+$/, "");
  return url.origin + path + "/";
}

/** Keeps a page of THIS build (it loads this build's scripts), oldest out. */
async function keepPage(pages, key, response) {
  const text = await response.clone().text();
  if (!SCRIPTS.every((name) => text.includes(name))) return;
  await pages.put(key, response);
  await trim(PAGES, MAX_PAGES);
}

/**
 * A map tile: from the cache when seen before, else from the tile server,
 * then kept. Only readable responses (CORS, or our own server's) are kept:
 * the map's `<img>`s have `crossorigin="anonymous"`, and an opaque
 * response would cost megabytes of quota each in Chromium. Offline and not cached, the image
 * fails and the map draws its own base map, as without tiles.
 */
async function tile(request) {
  const cache = await caches.open(TILES);
  const hit = await cache.match(request);
  if (hit) return hit;
  let response;
  try {
    response = await fetch(request);
  } catch {
    return new Response("", { status: 504, statusText: "offline" });
  }
  if (response.ok && (response.type === "cors" || response.type === "basic")) {
    await cache.put(request, response.clone());
    trim(TILES, MAX_TILES);
  }
  return response;
}

// One trim at a time per cache name: concurrent ones would count the same keys.
const trimming = new Map();

/** Deletes the oldest entries of cache `name` (keys come in insertion
 *  order) beyond `max`. */
function trim(name, max) {
  const run = (trimming.get(name) || Promise.resolve()).then(async () => {
    const cache = await caches.open(name);
    const keys = await cache.keys();
    for (const key of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(key);
  });
  trimming.set(name, run.catch(() => {}));
  return run;
}
