// A static server for the load benchmark that behaves like a real host:
// it answers with the precompressed `.br` / `.gz` copy the page writer made
// when the browser accepts it (files without one are compressed once, in
// memory, so the reference page gets the same treatment), with correct
// types (application/wasm keeps streaming compilation), validators for
// the warm visit (ETag → 304), long caching for Trunk's hashed files and
// `no-cache` for the rest, and the history-API fallback (a path without an
// extension gets its pre-rendered `index.html`, else the shell). Always the
// Latvian page: the benchmark's browser is Latvian, so nginx's choice by
// language (deploy/nginx.conf) would pick the same file.
//
//   node serve.mjs APP_DIR REF_DIR [PORT]   → the app at /, the reference at /ref/
//
// Prints the port on stdout once listening.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const [appDir, refDir, portArg] = process.argv.slice(2);
if (!appDir || !refDir) {
  console.error('usage: node serve.mjs APP_DIR REF_DIR [PORT]');
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.webmanifest']);
// Trunk names its bundle `name-<16 hex>.ext`: those never change.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

/** In-memory compressed copies of files that have none on disk. */
const memo = new Map();

function resolve(root, urlPath, fallback) {
  const safe = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(root, safe);
  if (!file.startsWith(path.resolve(root))) return null;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  } catch { /* not there: maybe a history-API path */ }
  if (fs.existsSync(file)) return file;
  if (fallback && !path.basename(safe).includes('.')) return path.join(root, 'index.html');
  return null;
}

function encoded(file, accept) {
  const ext = path.extname(file);
  if (!COMPRESSIBLE.has(ext)) return { body: fs.readFileSync(file), encoding: null };
  for (const [enc, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accept.includes(enc)) continue;
    if (fs.existsSync(file + suffix)) return { body: fs.readFileSync(file + suffix), encoding: enc };
    const key = `${file}|${enc}`;
    if (!memo.has(key)) {
      const raw = fs.readFileSync(file);
      memo.set(key, enc === 'br'
        ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(raw, { level: 9 }));
    }
    return { body: memo.get(key), encoding: enc };
  }
  return { body: fs.readFileSync(file), encoding: null };
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const isRef = url.pathname === '/ref' || url.pathname.startsWith('/ref/');
  const file = isRef
    ? resolve(refDir, url.pathname.slice(4) || '/', false)
    : resolve(appDir, url.pathname, true);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  const ext = path.extname(file);
  const { body, encoding } = encoded(file, String(req.headers['accept-encoding'] || ''));
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}${encoding || ''}"`;
  const headers = {
    'content-type': TYPES[ext] || 'application/octet-stream',
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    vary: 'Accept-Encoding',
  };
  if (encoding) headers['content-encoding'] = encoding;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(Number(portArg) || 0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
