"""Serves a build of QI Involve on 127.0.0.1 for the smoke tests.

A static host, as a deploy would have: each route's index.html copy, the
404 page for anything else. Into every HTML page it puts, first in <head>
and so ahead of the page's Content-Security-Policy, a listener that keeps
the page's errors in window.__smokeErrors: WebKitGTK's driver has no BiDi
to report them, and one listener for both engines keeps them comparable.

Usage: python3 serve.py DIR PORT [HOST]   (prints "ready" once it listens;
HOST is 127.0.0.1 unless given)
"""

import http.server
import os
import sys
import urllib.parse

LISTENER = b"""<script>
window.__smokeErrors = [];
addEventListener('error', function (e) {
  var where = e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : '';
  var what = e.message || ('could not load ' + ((e.target && (e.target.src || e.target.href)) || 'something'));
  window.__smokeErrors.push(what + where);
}, true);
addEventListener('unhandledrejection', function (e) {
  var r = e.reason;
  window.__smokeErrors.push('unhandled rejection: ' + ((r && r.message) || String(r)));
});
(function () {
  var error = console.error;
  console.error = function () {
    window.__smokeErrors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return error.apply(console, arguments);
  };
})();
</script>"""

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".webmanifest": "application/manifest+json",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}


class Handler(http.server.BaseHTTPRequestHandler):
    root = "."

    def do_GET(self):
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        parts = [p for p in path.split("/") if p not in ("", ".", "..")]
        file = os.path.join(self.root, *parts)
        if os.path.isdir(file):
            file = os.path.join(file, "index.html")
        status = 200
        if not os.path.isfile(file):
            status, file = 404, os.path.join(self.root, "404.html")
        with open(file, "rb") as f:
            body = f.read()
        kind = TYPES.get(os.path.splitext(file)[1], "application/octet-stream")
        if kind.startswith("text/html"):
            body = body.replace(b"<head>", b"<head>" + LISTENER, 1)
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        # Always ask again, so a second build served here is seen at once.
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser went on to another page first

    def log_message(self, *args):
        pass


def main():
    Handler.root = os.path.abspath(sys.argv[1])
    host = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1"
    server = http.server.ThreadingHTTPServer((host, int(sys.argv[2])), Handler)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
