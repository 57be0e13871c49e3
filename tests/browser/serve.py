#!/usr/bin/env python3
"""A tiny static server with a history-API fallback, for tests and for
previewing `dist/`: any path without a file extension that is not a file
gets index.html, so deep links like /place/sece work.

usage: serve.py DIR [PORT]   (binds 127.0.0.1 only)
"""
import http.server
import os
import sys
from functools import partial


class SpaHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        # A sandboxed embed (`sandbox="allow-scripts"`, as WordPress frames
        # it) has an opaque origin: its fetches of the data, JS, CSS and wasm
        # are cross-origin and need this header (README, "Embedding").
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        last = self.path.split("?", 1)[0].rsplit("/", 1)[-1]
        if not os.path.exists(path) and "." not in last:
            self.path = "/index.html"
        return super().send_head()

    def log_message(self, fmt, *args):  # keep test output readable
        if os.environ.get("SERVE_LOG"):
            super().log_message(fmt, *args)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "dist"
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    handler = partial(SpaHandler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print(f"serving {root} on http://127.0.0.1:{port}", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
