#!/usr/bin/env python3
"""A tiny static server for tests and for previewing `dist/`, answering as
deploy/nginx.conf does: a path whose folder has an index.html (the pages
the build writes) gets that one — or its index.en.html, chosen by
language as nginx chooses — so deep links like /place/sece work; any other
path a 404 with the build's "not found" page in that language (404.html,
404.en.html), which loads the app all the same; a missing file with an
extension a plain 404.

usage: serve.py DIR [PORT] [--data FILE]   (binds 127.0.0.1 only)

--data FILE answers /data/selija.json with FILE instead of DIR's copy: the
browser tests serve their fixture (tests/fixtures/selija-test.json) this
way, so editing the shipped data cannot break them. It is done here rather
than by intercepting requests in the browser because a service worker's
fetches are not seen by Playwright's request interception.

Every response carries the app's Content-Security-Policy, read from its one
home, deploy/nginx.conf (the `set $csp_app|$csp_embed|$csp_worker "…";`
lines), chosen by path as nginx does: /sw.js the worker's, /embed… the
embeds', anything else the pages'. So every browser test runs under it.
"""
import argparse
import http.cookies
import http.server
import os
import re
from functools import partial
from urllib.parse import parse_qsl, urlsplit

DATA_PATH = "/data/selija.json"
# A tile server for the offline tests: while ROOT/test-tiles/tile.png exists,
# every /test-tiles/{z}/{x}/{y}.png is answered with it (tests put it there
# and take it away; a build never has it).
TILE_STAND_IN = "/test-tiles/tile.png"
NGINX_CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../deploy/nginx.conf")


def read_policies(conf=NGINX_CONF):
    """The policies of deploy/nginx.conf: {"app": "…", "embed": "…", "worker": "…"}."""
    with open(conf, encoding="utf-8") as f:
        text = f.read()
    found = dict(re.findall(r'^\s*set \$csp_(\w+) "([^"]*)";', text, re.M))
    missing = {"app", "embed", "worker"} - found.keys()
    if missing:
        raise SystemExit(f"{conf}: no `set $csp_…` line for {sorted(missing)}")
    return found


def policy_for(policies, path):
    """The policy nginx sends for `path` (without the query), or None where
    it sends none: the data, the manifest and the hashed files."""
    if path.startswith("/data/") or path == "/manifest.webmanifest":
        return None
    if re.search(r"-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$", path):
        return None
    if path == "/sw.js":
        return policies["worker"]
    if re.match(r"^/embed(/|$)", path):
        return policies["embed"]
    return policies["app"]


def page_lang(query, cookie, accept_language):
    """The language of the page file to send, as deploy/nginx.conf chooses
    it: `?lang=`, else the `selija_lang` cookie the app sets, else Latvian
    when the browser lists it (or sends no languages), else English."""
    for key, value in parse_qsl(query):
        if key == "lang":
            if value in ("lv", "en"):
                return value
            break
    jar = http.cookies.SimpleCookie()
    try:
        jar.load(cookie or "")
    except http.cookies.CookieError:
        pass
    chosen = jar.get("selija_lang")
    if chosen and chosen.value in ("lv", "en"):
        return chosen.value
    if not accept_language:
        return "lv"
    tags = [t.strip().lower() for t in accept_language.split(",")]
    return "lv" if any(t.startswith("lv") for t in tags) else "en"


def page_file(lang):
    """A page's file name in `lang` (src/pages/page.rs, `page_file_name`)."""
    return "index.html" if lang == "lv" else f"index.{lang}.html"


def missing_file(lang):
    """The "not found" page in `lang` (src/pages/page.rs, `NOT_FOUND_PAGE`)."""
    return "404.html" if lang == "lv" else f"404.{lang}.html"


# Paths nginx answers as files, with a plain 404 when missing (its
# `location ~ "\.(html|js|…)$"`): never the app's HTML for a missing image.
FILE_LIKE = re.compile(r"\.(html|js|css|wasm|json|svg|png|jpg|ico|webmanifest|txt|xml|br|gz)$")


class SpaHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    data_file = None  # set by main() from --data
    policies = read_policies()

    def translate_path(self, path):
        bare = urlsplit(path).path
        if self.data_file and bare == DATA_PATH:
            return self.data_file
        stand_in = super().translate_path(TILE_STAND_IN)
        if bare.startswith("/test-tiles/") and bare.endswith(".png") and os.path.isfile(stand_in):
            return stand_in
        return super().translate_path(path)

    def end_headers(self):
        # A sandboxed embed (`sandbox="allow-scripts"`, as WordPress frames
        # it) has an opaque origin: its fetches of the data, JS, CSS and wasm
        # are cross-origin and need this header (README, "Embedding").
        self.send_header("Access-Control-Allow-Origin", "*")
        path = urlsplit(self.path).path
        policy = policy_for(self.policies, self._asked or path)
        if policy:
            self.send_header("Content-Security-Policy", policy)
        if path.endswith(".html"):
            # The page depends on the visitor's language (page_lang).
            self.send_header("Vary", "Accept-Language, Cookie")
        super().end_headers()

    _asked = None  # the path as asked, before send_head rewrites it

    def do_GET(self):
        self._asked = urlsplit(self.path).path
        super().do_GET()

    def do_HEAD(self):
        self._asked = urlsplit(self.path).path
        super().do_HEAD()

    def send_head(self):
        path = self.translate_path(self.path)
        bare, _, query = self.path.partition("?")
        lang = page_lang(query, self.headers.get("Cookie"), self.headers.get("Accept-Language"))
        name = page_file(lang)
        page = os.path.join(path, name)
        if os.path.isdir(path) and os.path.isfile(page):
            # A pre-rendered page in the visitor's language
            # (place/sece/index.en.html): served at /place/sece as nginx's
            # `try_files $uri/$selija_page` does, not redirected to
            # /place/sece/.
            self.path = bare.rstrip("/") + "/" + name + ("?" + query if query else "")
        elif not os.path.isfile(path):
            if FILE_LIKE.search(bare):
                self.send_error(404)
                return None
            # A mistyped embed: a 404 with the embed's page, which says so
            # inside the partner's frame (nginx: the embed's `error_page`).
            embed = os.path.join(self.directory, "embed", name)
            if re.match(r"^/embed/", bare) and os.path.isfile(embed):
                self.path = "/embed/" + name
                return self.send_file(embed, 404)
            # No file and no page (a removed place, a mistyped link, a
            # folder without a page of its own such as /place): a 404 with
            # the "not found" page, as nginx's `error_page` sends it.
            missing = os.path.join(self.directory, missing_file(lang))
            if os.path.isfile(missing):
                self.path = "/" + missing_file(lang)
                return self.send_file(missing, 404)
            # A build from before that page: the app routes the path.
            self.path = "/" + name
        return super().send_head()

    def send_file(self, file, status):
        """Sends the headers of HTML `file` with `status`; returns it open."""
        f = open(file, "rb")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
        except Exception:
            f.close()
            raise
        return f

    def log_message(self, fmt, *args):  # keep test output readable
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    args = argparse.ArgumentParser(description="Serve a build with the history-API fallback.")
    args.add_argument("root", nargs="?", default="dist")
    args.add_argument("port", nargs="?", type=int, default=8080)
    args.add_argument("--data", help=f"file to answer {DATA_PATH} with")
    a = args.parse_args()
    if a.data:
        if not os.path.isfile(a.data):
            args.error(f"--data {a.data}: no such file")
        SpaHandler.data_file = os.path.abspath(a.data)
    handler = partial(SpaHandler, directory=a.root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler) as httpd:
        extra = f", {DATA_PATH} from {a.data}" if a.data else ""
        print(f"serving {a.root} on http://127.0.0.1:{a.port}{extra}", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
