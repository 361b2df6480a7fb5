// A plain static server for one test, on a free port: like the suite's
// python servers (no single-page fallback, no compression), but a test can
// stop it, to take the network away for real, and point it at a copy of a
// build that it changes.
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

// Compressed bodies by ETag: brotli -q 11 of the wasm takes a while.
const compressed = new Map();
const brotli = (body) =>
  zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });

/**
 * Serves `dir` on 127.0.0.1; resolves to { origin, requests, stop() }, where
 * `requests` lists each request served as { path, status, bytes }. With
 * `{ brotli: true }` it compresses as a well-configured host would; with
 * `{ cleanUrls: true }` it redirects any `…/index.html` to its folder.
 */
export async function serveStatic(dir, options = {}) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, headers, body = '') => {
      requests.push({ path: urlPath, status, bytes: body.length });
      res.writeHead(status, headers);
      res.end(body);
    };
    // Like hosts with "clean URLs" (npm's serve, for one): a request for an
    // index.html is redirected to its folder.
    if (options.cleanUrls && urlPath.endsWith('/index.html')) {
      return send(301, { location: urlPath.slice(0, -'index.html'.length) });
    }
    let file = path.join(dir, urlPath);
    if (!file.startsWith(dir)) return send(404, {}, 'Not found');
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html');
      // Like most static hosts: the browser must ask each time (no-cache),
      // and a file it already has costs a 304, not the file again. The tag
      // is made from the contents, so a file changed within the same
      // second (the update test does that) is never mistaken for the old.
      const body = await fs.readFile(file);
      const etag = `"${crypto.createHash('sha256').update(body).digest('base64url')}"`;
      const headers = { 'cache-control': 'no-cache', etag };
      if (req.headers['if-none-match'] === etag) return send(304, headers);
      headers['content-type'] = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (options.brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(etag)) compressed.set(etag, brotli(body));
        return send(200, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' }, compressed.get(etag));
      }
      send(200, headers, body);
    } catch {
      send(404, {}, 'Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
