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
//
// Why HTTP/2 over TLS by default: a static host serves HTTPS, and every
// current one (GitHub Pages, Netlify, Azure Static Web Apps, S3 behind
// CloudFront, nginx with `http2 on`) speaks HTTP/2 there. Lighthouse's
// model reads the protocol from what it saw: over HTTP/1.1 it opens six
// cold connections and gives each its own handshake and slow start, which
// a page of many small split modules pays for on every one. The
// certificate is made for this run with openssl and thrown away after;
// the browser is told to accept it. BENCH_HTTP=1.1 serves plain HTTP/1.1
// as before, to compare.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json' };
const CHUNK = 16 * 1024;

/** True unless BENCH_HTTP=1.1 asks for the old plain server. */
export const http2 = (process.env.BENCH_HTTP ?? '2') !== '1.1';

/** A throwaway self-signed key and certificate for 127.0.0.1. */
function selfSigned() {
  const dir = mkdtempSync(join(tmpdir(), 'qi-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `dir`; resolves to { origin, stop() }. */
export async function servePaced(dir, mbps = Number(process.env.BENCH_LINE_MBPS ?? 10)) {
  const root = normalize(dir);
  const compressed = new Map();
  /** The file's brotli -q 11 bytes, made once. */
  const compress = async (file) => {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(await readFile(file),
        { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return compressed.get(file);
  };
  const handler = async (req, res) => {
    let file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(root)) return res.writeHead(404).end();
    let body;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await compress(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'br', 'cache-control': 'no-cache', vary: 'accept-encoding' });
    const msPerChunk = mbps > 0 ? (CHUNK * 8) / (mbps * 1000) : 0;
    for (let at = 0; at < body.length; at += CHUNK) {
      if (!res.write(body.subarray(at, at + CHUNK))) await new Promise((r) => res.once('drain', r));
      if (msPerChunk && at + CHUNK < body.length) await new Promise((r) => setTimeout(r, msPerChunk));
    }
    res.end();
  };
  const server = http2 ? createSecureServer({ ...selfSigned(), allowHTTP1: true }, handler) : createServer(handler);
  // An HTTP/2 server has no closeAllConnections: keep its sessions to end them.
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `${http2 ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Compresses every file once, so no audit waits for brotli -q 11.
     * Asked for directly, not over the network: node's fetch would refuse
     * the self-signed certificate. */
    warm: (paths) => Promise.all(paths.map((p) => compress(normalize(join(root, p))))),
    stop: () => new Promise((resolve) => {
      for (const session of sessions) session.destroy();
      if (!http2) server.closeAllConnections();
      server.close(resolve);
    }),
  };
}
