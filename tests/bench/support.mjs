// Shared by the benchmarks: figures, a static server for dist/ with a
// single-page-app fallback, and the in-page timing tools.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// BENCH_DIST measures another build (say, of an earlier commit) with the same bench.
export const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x) => Math.round(x * 10) / 10;
/** { n, median, worst, runs } of a list of milliseconds, to 0.1 ms. */
export const stats = (xs) => ({ n: xs.length, median: round(median(xs)), worst: round(Math.max(...xs)), runs: xs.map(round) });

export function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain' };

/**
 * Serves dist/ on a free port, answering any path without a file with
 * index.html (as a static host with an SPA fallback does) and never
 * redirecting: a redirect cached by the service worker breaks reloads.
 */
export async function serveDist(dist = DIST) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no ${dist}/index.html; build first (.ci/build)`);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !extname(file)) file = join(dist, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}

/**
 * Installed in the page (page.evaluate(installPageTools)). Serialised by
 * Playwright, so it uses nothing from this module.
 *
 * `afterWork()` resolves in a task posted through a MessageChannel: it
 * runs after the current task and every microtask it queued (Leptos runs
 * its effects and the router its navigations as microtasks), and does not
 * wait for a frame, so it marks the end of the app's own work.
 * `layout()` forces style and layout now (what the next frame would do
 * first) and returns how long that took.
 * `until(test)` resolves with the time `test()` first holds, checked
 * after each task. `writes` logs every localStorage.setItem (the app's
 * wasm-bindgen glue calls it through the prototype, so all are seen).
 */
export function installPageTools() {
  if (window.__tools) return;
  const afterWork = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const layout = () => {
    const t0 = performance.now();
    void document.body.offsetHeight;
    return performance.now() - t0;
  };
  async function until(test, limit = 20_000) {
    const start = performance.now();
    for (;;) {
      if (test()) return performance.now();
      if (performance.now() - start > limit) throw new Error(`timed out waiting for ${test}`);
      await afterWork();
    }
  }
  const writes = [];
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function timedSetItem(key, value) {
    const at = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      writes.push({ key, chars: String(value).length, at, ms: performance.now() - at });
    }
  };
  /** Clicks the main navigation's link with these words. */
  const nav = (words) =>
    [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent.trim() === words).click();
  window.__tools = { afterWork, layout, until, writes, nav };
}
