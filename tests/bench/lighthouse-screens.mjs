// Lighthouse (mobile) on every screen of QI Involve (issue 11), each with
// the data it needs already on the device, served with brotli as a
// well-configured static host would, at a broadband line speed
// (tests/bench/paced-server.mjs says why). It prints each screen's scores and
// LCP, TBT and CLS beside the targets, and writes one Lighthouse JSON per
// screen (and run) to bench-results/. It is a benchmark: it exits non-zero
// only when Lighthouse could not measure, never on a missed target.
//
//   node tests/bench/lighthouse-screens.mjs                   # every screen, dist/
//   BENCH_SCREENS="guide induction" node tests/bench/lighthouse-screens.mjs
//   BENCH_LH_RUNS=3 node ...        # three runs each; the median run is shown
//   BENCH_DIST=dist-other node ...  # another build folder
//   BENCH_LINE_MBPS=0 node ...      # no line speed: loopback as it is
//   BENCH_HTTP=1.1 node ...         # plain HTTP/1.1 instead of HTTP/2 over TLS
//   BENCH_LH_THROTTLING=devtools node ...  # throttle the load itself, not a model of it
//   BENCH_SHOWN_BEFORE=1 node ...   # the device showed the screen last time
//   BENCH_LH_TIMELINE=1 node ...    # print the modelled load behind each LCP
//
// Why it drives Chromium itself rather than calling the lighthouse CLI:
// screens such as Projects need localStorage filled before the page loads.
// Each screen gets a fresh Chromium profile; the seed is written from
// robots.txt on the same origin (so the app never starts and no service
// worker is installed before the audit); Lighthouse then runs with
// disableStorageReset, so its own reset does not wipe the seed. The fresh
// profile is what keeps the audit a cold first visit.
//
// BENCH_SHOWN_BEFORE=1: the device showed this very screen when it was last
// used, as a clinic tablet reopening the app mostly has. The seed step then
// opens the screen with the app and leaves it, so the app keeps its last
// screen (src/storage/last_screen.rs), and empties the service worker, its
// cache and the HTTP cache: the code still downloads in full, as on a first
// visit, but the page can paint the kept screen before it arrives.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../e2e/support/browser.mjs';
import { summarise } from './lighthouse.mjs';
import { http2, servePaced } from './paced-server.mjs';
import { SCREENS } from './screens.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const OUT_DIR = join(ROOT, 'bench-results');
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 1));
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const wanted = (process.env.BENCH_SCREENS ?? '').split(/\s+/).filter(Boolean);
const unknown = wanted.filter((name) => !SCREENS.some((s) => s.name === name));
if (unknown.length) {
  console.error(`lighthouse-screens: no screen called ${unknown.join(', ')}; ` +
    `the screens are ${SCREENS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const screens = wanted.length ? SCREENS.filter((s) => wanted.includes(s.name)) : SCREENS;

const SHOWN_BEFORE = process.env.BENCH_SHOWN_BEFORE === '1';

/** Writes `entries` into localStorage of `origin` without starting the app;
 * with BENCH_SHOWN_BEFORE, then shows `path` and leaves it (see above). */
async function seed(port, origin, entries, path) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/robots.txt`);
    await page.evaluate((all) => {
      for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
      return localStorage.length;
    }, entries);
    if (SHOWN_BEFORE) {
      await page.goto(`${origin}${path}`);
      await page.waitForSelector('html.qi-started', { timeout: 30_000 });
      await page.goto(`${origin}/robots.txt`);
      const kept = await page.evaluate(() => localStorage.getItem('qi-involve:last-screen'));
      // A build from before the app kept its last screen (an A/B run).
      if (!kept) console.warn(`  (the app kept no last screen for ${path})`);
      const cdp = await page.createCDPSession();
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
      await cdp.send('Network.clearBrowserCache');
    }
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

/** One Lighthouse run of `screen` in a fresh profile; resolves to its report. */
async function audit(origin, screen) {
  const profile = mkdtempSync(join(tmpdir(), 'qi-lh-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    userDataDir: profile,
    // The bench server's certificate is self-signed (paced-server.mjs).
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumFlags,
      ...(http2 ? ['--ignore-certificate-errors'] : [])],
  });
  try {
    const entries = screen.seed ? screen.seed() : {};
    if (Object.keys(entries).length || SHOWN_BEFORE) await seed(chrome.port, origin, entries, screen.path);
    const result = await lighthouse(`${origin}${screen.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      disableStorageReset: true,
      // BENCH_LH_THROTTLING=devtools: slow the page down as it loads
      // (network and CPU, as Chrome DevTools does) instead of modelling a
      // slow phone from an unthrottled load.
      ...(process.env.BENCH_LH_THROTTLING ? { throttlingMethod: process.env.BENCH_LH_THROTTLING } : {}),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return result;
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

// Loaded only when asked for: it reaches into Lighthouse's own modules.
const TIMELINE = process.env.BENCH_LH_TIMELINE === '1' ? await import('./lantern-timeline.mjs') : null;

const server = await servePaced(DIST);
await server.warm(readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => `/${relative(DIST, join(e.parentPath ?? e.path, e.name))}`));
console.log(`serving ${relative(ROOT, DIST) || '.'} with brotli over ${http2 ? 'HTTP/2' : 'HTTP/1.1'} at ${server.origin}, ` +
  `paced at ${process.env.BENCH_LINE_MBPS ?? 10} Mbit/s; ` +
  `${screens.length} screens, ${RUNS} run(s) each, ` +
  (SHOWN_BEFORE ? 'each screen shown on the device before (BENCH_SHOWN_BEFORE=1)' : 'each screen never shown on the device before'));

mkdirSync(OUT_DIR, { recursive: true });
const failed = [];
try {
  for (const screen of screens) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      try {
        const { lhr, report } = await audit(server.origin, screen);
        if (TIMELINE) {
          console.log(`  ${screen.name}, run ${i + 1}: LCP ${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms`);
          TIMELINE.printLcpTimeline();
        }
        const suffix = RUNS > 1 ? `-${i + 1}` : '';
        const file = join(OUT_DIR, `lighthouse-${screen.name}${SHOWN_BEFORE ? '-shown-before' : ''}${suffix}.json`);
        writeFileSync(file, report);
        runs.push({ lhr, file });
      } catch (error) {
        console.error(`  ${screen.name}: Lighthouse failed: ${error.message}`);
      }
    }
    if (runs.length === 0 || runs.some(({ lhr }) => lhr.runtimeError)) failed.push(screen.name);
    if (runs.length === 0) continue;
    // The median run by Performance score, as Lighthouse's own docs advise.
    runs.sort((a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0));
    const { lhr, file } = runs[runs.length >> 1];
    const perfs = runs.map(({ lhr: r }) => Math.round((r.categories.performance.score ?? 0) * 100));
    summarise(lhr, file, { title: screen.title, runs: RUNS > 1 ? perfs : undefined });
    // TBT is the observed main-thread time times four, so a machine busy
    // with other work inflates it: the load average says how busy it was.
    console.log(`  load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  }
} finally {
  await server.stop();
}
if (failed.length) {
  console.error(`\nLighthouse could not measure: ${failed.join(', ')}`);
  process.exit(1);
}
