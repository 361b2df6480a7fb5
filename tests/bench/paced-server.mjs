// The static host that tests/bench/lighthouse-screens.mjs audits against:
// route folders answer with their index.html, everything is sent with
// brotli (-q 11, made once per file), and bodies are sent no faster than
// a good broadband line (BENCH_LINE_MBPS, 10 Mbit/s unless set).
//
// Why a pace at all: Lighthouse's default ("simulate") throttling loads
// the page unthrottled, then models a slow phone from what it saw. Its
// LCP model counts every request that had finished before the observed
// largest paint. Over loopback the 470 KB wasm finishes in a few
// milliseconds, often before the browser's first paint, so the model
// makes a page whose text is in the HTML wait for the wasm, which no real
// network does. A line speed puts the two back in their real order; it
// does not change the figures Lighthouse models the download with.
// BENCH_LINE_MBPS=0 sends at loopback speed, to see that effect.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json' };
const CHUNK = 16 * 1024;

/** Serves `dir`; resolves to { origin, stop() }. */
export async function servePaced(dir, mbps = Number(process.env.BENCH_LINE_MBPS ?? 10)) {
  const root = normalize(dir);
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(root)) return res.writeHead(404).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(await readFile(file),
          { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    } catch {
      return res.writeHead(404).end();
    }
    const body = compressed.get(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'br', 'cache-control': 'no-cache', vary: 'accept-encoding' });
    const msPerChunk = mbps > 0 ? (CHUNK * 8) / (mbps * 1000) : 0;
    for (let at = 0; at < body.length; at += CHUNK) {
      if (!res.write(body.subarray(at, at + CHUNK))) await new Promise((r) => res.once('drain', r));
      if (msPerChunk && at + CHUNK < body.length) await new Promise((r) => setTimeout(r, msPerChunk));
    }
    res.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Compresses every file once, so no audit waits for brotli -q 11. */
    warm: async (paths) => Promise.all(paths.map((p) => fetch(`http://127.0.0.1:${server.address().port}${p}`)
      .then((r) => r.arrayBuffer()))),
    stop: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}
