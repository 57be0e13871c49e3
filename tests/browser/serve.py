#!/usr/bin/env python3
"""A tiny static server with a history-API fallback, for tests and for
previewing `dist/`: any path that is not a file gets index.html, so deep
links like /place/sece work (as nginx's try_files in README); a path whose
folder has an index.html (the pages the build writes) gets that one.

usage: serve.py DIR [PORT] [--data FILE]   (binds 127.0.0.1 only)

--data FILE answers /data/selija.json with FILE instead of DIR's copy: the
browser tests serve their fixture (tests/fixtures/selija-test.json) this
way, so editing the shipped data cannot break them. It is done here rather
than by intercepting requests in the browser because a service worker's
fetches are not seen by Playwright's request interception.
"""
import argparse
import http.server
import os
from functools import partial
from urllib.parse import urlsplit

DATA_PATH = "/data/selija.json"


class SpaHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    data_file = None  # set by main() from --data

    def translate_path(self, path):
        if self.data_file and urlsplit(path).path == DATA_PATH:
            return self.data_file
        return super().translate_path(path)

    def end_headers(self):
        # A sandboxed embed (`sandbox="allow-scripts"`, as WordPress frames
        # it) has an opaque origin: its fetches of the data, JS, CSS and wasm
        # are cross-origin and need this header (README, "Embedding").
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        bare, _, query = self.path.partition("?")
        page = os.path.join(path, "index.html")
        if os.path.isdir(path) and not bare.endswith("/") and os.path.isfile(page):
            # A pre-rendered page (place/sece/index.html): served at
            # /place/sece as nginx's `try_files $uri/index.html` does, not
            # redirected to /place/sece/.
            self.path = bare + "/index.html" + ("?" + query if query else "")
        elif not (os.path.isfile(path) or os.path.isfile(page)):
            # No file and no page: the app, which routes it (or says "not
            # found"), as nginx's `try_files $uri $uri/index.html /index.html`
            # in README does: also a folder without a page of its own
            # (/place, which would get a directory listing) and a missing
            # file (/index.htm, /calendar.json).
            self.path = "/index.html"
        return super().send_head()

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
