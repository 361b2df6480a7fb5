// How QI Involve copes with 1,000 projects on the device: seeds generated
// projects into localStorage, then times in Debian's Chromium, at tablet
// portrait size (768x1024):
//   a. how much is stored;
//   b. cold start (reload) until the register shows rows and its search box;
//   c. each keystroke in "Search projects", and clearing it;
//   d. opening a project from the register (and going back to it);
//   e. typing into the Aim field of a project, and the write that saves it.
// It prints figures and writes bench-results/thousand-projects.json. It is a
// benchmark, not a test: it exits non-zero only if it could not measure.
//
//   node tests/bench/thousand-projects.mjs http://127.0.0.1:8080   # a server on dist/
//   node tests/bench/thousand-projects.mjs                         # serves dist/ itself
//
// Timing is done inside the page with performance.now(), so the Node <->
// browser round trips of Playwright are never part of a figure.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// playwright-core is installed for the end-to-end tests (tests/e2e); the
// bench's own node_modules holds only Lighthouse, so import it from there.
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
// The same Chromium flags as the e2e tests: on this closed network Chromium's
// background traffic (updates, sync, QUIC) would otherwise hang or fail.
import { chromiumFlags } from '../e2e/support/browser.mjs';
import { generateProjects } from './generate-projects.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const DIST = join(ROOT, 'dist');
const OUT_FILE = join(ROOT, 'bench-results', 'thousand-projects.json');

const COUNT = 1000;
const SEED = 42;
const VIEWPORT = { width: 768, height: 1024 };
const RUNS = 5; // cold starts and project opens
// A cold start with this few projects is measured first as a baseline, so
// the cost of 1,000 can be told apart from the app's own start-up on this
// machine that day.
const BASELINE_COUNT = 10;
const EDITS = 10; // one-character edits to the Aim field
const QUERIES = ['ward', 'carer feedback', 'discharge', 'zzz'];
// The app waits this long after the last change before saving
// (SAVE_DELAY in src/state/projects.rs).
const SAVE_DEBOUNCE_MS = 400;
const TIMEOUT_MS = 30_000;

// --- Small helpers --------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const worst = (xs) => Math.max(...xs);
/** { n, median, worst } of a list of numbers, rounded to 0.01 ms (null when there are none). */
const stats = (xs) =>
  xs.length ? { n: xs.length, median: round(median(xs)), worst: round(worst(xs)) } : { n: 0, median: null, worst: null };
const round = (x) => Math.round(x * 100) / 100;
const ms = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(digits)} ms`);

/** A free TCP port on localhost, chosen by the OS. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Serves dist/ with Python's static server (as the e2e tests do); returns the base URL and a stop function. */
async function serveDist() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no ${DIST}/index.html; build first (.ci/build)`);
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', DIST], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error('python3 -m http.server exited');
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the static server did not answer on ${base} within 10 s`);
}

const availableCores = () => cpus().length;

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// --- In-page code ------------------------------------------------------------------
// Functions below are serialised by Playwright and run inside the page.

/**
 * Runs before the app's own scripts on every document load (addInitScript):
 * notes the moment the register first has a row and its search box, and the
 * end of the second animation frame after that (by then it is painted).
 * A MutationObserver fires right after the DOM changes, so the moment is not
 * rounded up to a polling interval.
 */
function installStartupProbe() {
  const probe = (window.__bench = { listReady: undefined, listPainted: undefined });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.project-card') || !document.getElementById('project-search')) return;
    observer.disconnect();
    probe.listReady = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (probe.listPainted = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Installed once in the page: helpers to time a change, and a wrapper on
 * Storage.prototype.setItem that logs how long each write takes. The app's
 * wasm-bindgen glue calls `storage.setItem(...)` on the object, which finds
 * the method through the prototype at call time, so the wrapper sees every
 * save the app makes.
 */
function installPageHelpers() {
  if (window.__benchTools) return;
  const setItem = Storage.prototype.setItem;
  const writes = [];
  Storage.prototype.setItem = function timedSetItem(key, value) {
    const start = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      writes.push({ key, chars: String(value).length, at: start, ms: performance.now() - start });
    }
  };
  // A task posted through a MessageChannel runs after every microtask the
  // current task queued (Leptos runs its effects as microtasks), and does not
  // wait for a frame, so it marks the end of the app's own work.
  const afterMicrotasks = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /**
   * Times `change()` three ways, all from just before it:
   *   handler  - until dispatch returns (the app's input handler alone);
   *   work     - until the effects it queued have run (DOM updated);
   *   frames   - until two animation frames have passed (work + style,
   *              layout and paint of the first frame; includes waiting for
   *              the frame clock, so it is rarely much below 33 ms at 60 Hz).
   */
  async function timeChange(change) {
    const t0 = performance.now();
    // Both probes are queued immediately after the change, so neither
    // waits on the other.
    change();
    const handler = performance.now() - t0;
    const framesDone = frame().then(frame).then(() => performance.now());
    const workDone = afterMicrotasks();
    return { t0, handler, work: (await workDone) - t0, frames: (await framesDone) - t0 };
  }
  /** Sets a text control's value as typing would and fires `input`. */
  const type = (el, value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** Resolves with performance.now() once `test()` holds, checking after each task; rejects after `limit` ms. */
  async function until(test, limit = 10_000) {
    const start = performance.now();
    for (;;) {
      if (test()) return performance.now();
      if (performance.now() - start > limit) throw new Error(`timed out waiting for ${test}`);
      await afterMicrotasks();
    }
  }
  window.__benchTools = { writes, timeChange, type, until, frame, afterMicrotasks };
}

// --- Steps -------------------------------------------------------------------------

async function seed(page, entries) {
  return page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    let chars = 0;
    let projects = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      chars += key.length + localStorage.getItem(key).length;
      if (key.startsWith('qi-involve:project:')) projects++;
    }
    return { keys: localStorage.length, projects, chars };
  }, entries);
}

async function coldStart(page) {
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.listPainted !== undefined, null, { timeout: TIMEOUT_MS });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return {
      listReady: window.__bench.listReady,
      listPainted: window.__bench.listPainted,
      // Where the time went before the app could run: the HTML, then the
      // wasm download (from the HTTP cache, revalidated, on a reload).
      htmlDone: nav?.responseEnd,
      wasmDone: wasm?.responseEnd,
      rows: document.querySelectorAll('.project-card').length,
      count: document.querySelector('.results-count')?.textContent ?? '',
    };
  });
}

async function searchQuery(page, query) {
  return page.evaluate(async (query) => {
    const { timeChange, type } = window.__benchTools;
    const input = document.getElementById('project-search');
    input.focus();
    const keystrokes = [];
    for (const ch of query) keystrokes.push(await timeChange(() => type(input, input.value + ch)));
    const results = document.querySelector('.results-count')?.textContent ?? '';
    const rows = document.querySelectorAll('.project-card').length;
    const clear = await timeChange(() => type(input, ''));
    return { query, keystrokes, results, rows, clear };
  }, query);
}

/** Clicks the first project in the register and times its General tab appearing. */
async function openFirstProject(page) {
  return page.evaluate(async () => {
    const { until, frame } = window.__benchTools;
    const link = document.querySelector('.project-card a');
    const expected = link.textContent;
    const t0 = performance.now();
    link.click(); // the router turns this into an in-app navigation
    const title = () => document.getElementById('project-title');
    const ready = await until(() => title()?.value);
    await frame();
    await frame();
    return { ready: ready - t0, painted: performance.now() - t0, title: title().value, expected };
  });
}

/** Clicks "Projects" in the main navigation and times the register coming back. */
async function backToList(page) {
  return page.evaluate(async () => {
    const { until, frame } = window.__benchTools;
    const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent.trim() === 'Projects');
    const t0 = performance.now();
    link.click();
    const ready = await until(() => document.querySelector('.project-card') && document.getElementById('project-search'));
    await frame();
    await frame();
    return { ready: ready - t0, painted: performance.now() - t0 };
  });
}

/**
 * Types one character at the end of the Aim field, then waits for the save
 * status to say "Saved on this device" again. Returns the typing times, the
 * setItem calls the save made, and when the status changed back.
 */
async function editAim(page, ch) {
  return page.evaluate(async (ch) => {
    const { timeChange, type, writes } = window.__benchTools;
    const aim = document.getElementById('project-aim');
    const status = document.querySelector('.save-status[role="status"]');
    const isSaved = () => status.textContent.trim() === 'Saved on this device';
    if (!isSaved()) throw new Error(`the save status was "${status.textContent}" before the edit`);
    writes.length = 0;
    aim.focus();
    // Watch the status from before the change, so the moment it says
    // "Saved" again is caught as soon as the DOM changes.
    let savedAt;
    const saved = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!isSaved()) return;
        savedAt = performance.now();
        observer.disconnect();
        resolve();
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      setTimeout(() => reject(new Error('the save status did not return to "Saved on this device" within 10 s')), 10_000);
    });
    const typing = await timeChange(() => type(aim, aim.value + ch));
    const pendingShown = status.textContent.trim();
    await saved;
    return {
      typing,
      pendingShown,
      savedAfter: savedAt - typing.t0,
      writes: writes.map((w) => ({ ...w, at: w.at - typing.t0 })),
    };
  }, ch);
}

// --- Main ----------------------------------------------------------------------------

async function main() {
  let baseUrl = process.argv[2];
  let stopServer = () => {};
  if (!baseUrl) ({ base: baseUrl, stop: stopServer } = await serveDist());
  baseUrl = baseUrl.replace(/\/+$/, '');

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags });
  // Console errors and warnings and anything odd seen; the same message on
  // every reload is kept once, with a count.
  const problems = new Map();
  const notice = (text) => problems.set(text, (problems.get(text) ?? 0) + 1);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') notice(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => notice(`page error: ${err.message}`));
    await page.addInitScript(installStartupProbe);

    // This machine is shared (builds and tests run alongside), so the load
    // average is recorded to judge how noisy the figures may be.
    const loadBefore = loadavg();
    console.log(`1,000 projects benchmark: ${baseUrl}  (Chromium ${browser.version()}, ${VIEWPORT.width}x${VIEWPORT.height}, ` +
      `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')})`);

    // a. Open the app once (so localStorage belongs to its origin), then seed.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    // Baseline: the same cold start with only a few projects stored.
    await seed(page, generateProjects(BASELINE_COUNT, SEED));
    const baselineStarts = [];
    for (let i = 0; i < RUNS; i++) baselineStarts.push(await coldStart(page));
    console.log(`  cold start with ${BASELINE_COUNT} projects: ${baselineStarts.map((s) => ms(s.listReady, 0)).join(', ')}`);

    const entries = generateProjects(COUNT, SEED);
    const stored = await seed(page, entries);
    stored.mbUtf16 = round((stored.chars * 2) / 1e6);
    console.log(`  seeded ${stored.projects} projects: ${stored.chars.toLocaleString('en-GB')} characters, ` +
      `${stored.mbUtf16} MB as UTF-16`);

    // b. Cold start: reload with 1,000 projects stored, until rows and search box.
    const starts = [];
    for (let i = 0; i < RUNS; i++) starts.push(await coldStart(page));
    console.log(`  cold start: ${starts.map((s) => ms(s.listReady, 0)).join(', ')}  (${starts[0].rows} rows; "${starts[0].count}")`);

    await page.evaluate(installPageHelpers);

    // c. Search, one keystroke at a time.
    const searches = [];
    for (const query of QUERIES) searches.push(await searchQuery(page, query));
    for (const s of searches) {
      console.log(`  search "${s.query}": ${s.keystrokes.map((k) => k.frames.toFixed(0)).join(' ')} ms per key ` +
        `(two frames), clear ${s.clear.frames.toFixed(0)} ms; "${s.results}"`);
    }

    // d. Open the first project, and go back to the register, RUNS times.
    const opens = [];
    const backs = [];
    for (let i = 0; i < RUNS; i++) {
      const open = await openFirstProject(page);
      if (open.title !== open.expected) notice(`opened "${open.title}" but clicked "${open.expected}"`);
      opens.push(open);
      backs.push(await backToList(page));
    }
    console.log(`  open project: ${opens.map((o) => ms(o.ready, 0)).join(', ')}; back to list: ` +
      `${backs.map((b) => ms(b.ready, 0)).join(', ')}`);

    // e. Edit the Aim of the first project, one character at a time, letting
    // each save finish before the next so every edit is its own write.
    await openFirstProject(page);
    await page.evaluate(() => window.__benchTools.until(
      () => document.querySelector('.save-status')?.textContent.trim() === 'Saved on this device'));
    const edits = [];
    for (let i = 0; i < EDITS; i++) edits.push(await editAim(page, 'improving '[i % 10]));
    for (const e of edits) {
      if (e.writes.length !== 1) notice(`an Aim edit made ${e.writes.length} setItem calls, expected 1`);
      if (e.pendingShown !== 'Saving…') notice(`after typing, the save status said "${e.pendingShown}", not "Saving…"`);
    }
    console.log(`  edit Aim: setItem ${edits.map((e) => e.writes.reduce((s, w) => s + w.ms, 0).toFixed(2)).join(', ')} ms`);

    // f. Summary and JSON.
    const keystrokes = searches.flatMap((s) => s.keystrokes);
    const clears = searches.map((s) => s.clear);
    const setItemMs = edits.map((e) => e.writes.reduce((s, w) => s + w.ms, 0));
    const loadAfter = loadavg();
    const results = {
      generated: new Date().toISOString(),
      loadAverage: { before: loadBefore, after: loadAfter },
      commit: gitCommit(),
      baseUrl,
      chromium: browser.version(),
      viewport: VIEWPORT,
      projects: COUNT,
      seed: SEED,
      stored,
      coldStart: {
        listReadyMs: stats(starts.map((s) => s.listReady)),
        listPaintedMs: stats(starts.map((s) => s.listPainted)),
        // Missing only if the resource timing buffer dropped it.
        wasmDownloadedMs: stats(starts.map((s) => s.wasmDone).filter((t) => t !== undefined)),
        runs: starts,
        baseline: {
          projects: BASELINE_COUNT,
          listReadyMs: stats(baselineStarts.map((s) => s.listReady)),
          listPaintedMs: stats(baselineStarts.map((s) => s.listPainted)),
          runs: baselineStarts,
        },
      },
      search: {
        perKeystroke: {
          framesMs: stats(keystrokes.map((k) => k.frames)),
          workMs: stats(keystrokes.map((k) => k.work)),
          handlerMs: stats(keystrokes.map((k) => k.handler)),
        },
        clear: {
          framesMs: stats(clears.map((c) => c.frames)),
          workMs: stats(clears.map((c) => c.work)),
        },
        queries: searches,
      },
      openProject: {
        readyMs: stats(opens.map((o) => o.ready)),
        paintedMs: stats(opens.map((o) => o.painted)),
        runs: opens,
      },
      backToList: {
        readyMs: stats(backs.map((b) => b.ready)),
        paintedMs: stats(backs.map((b) => b.painted)),
        runs: backs,
      },
      editAim: {
        typing: {
          framesMs: stats(edits.map((e) => e.typing.frames)),
          workMs: stats(edits.map((e) => e.typing.work)),
        },
        setItemMs: stats(setItemMs),
        // From the keystroke to "Saved on this device", less the debounce:
        // the whole save (timer lateness, read-merge-write, status redraw).
        savedAfterDebounceMs: stats(edits.map((e) => e.savedAfter - SAVE_DEBOUNCE_MS)),
        writtenChars: edits[0].writes[0]?.chars ?? 0,
        runs: edits,
      },
      problems: [...problems].map(([text, times]) => ({ text, times })),
    };

    const row = (label, s, note = '') =>
      console.log(`  ${label.padEnd(40)} ${String(s.n).padStart(3)}  ${ms(s.median).padStart(10)}  ${ms(s.worst).padStart(10)}  ${note}`);
    console.log(`\n1,000 projects (seed ${SEED}), Chromium ${browser.version()}, ${VIEWPORT.width}x${VIEWPORT.height}, ${baseUrl}`);
    console.log(`  stored: ${stored.projects} projects, ${stored.chars.toLocaleString('en-GB')} characters ` +
      `(key + value) = ${stored.mbUtf16} MB as UTF-16`);
    console.log(`  ${'measure'.padEnd(40)} ${'n'.padStart(3)}  ${'median'.padStart(10)}  ${'worst'.padStart(10)}`);
    row('cold start: rows + search in DOM', results.coldStart.listReadyMs, 'from navigation start, reload');
    row('cold start: painted (+2 frames)', results.coldStart.listPaintedMs);
    row(`  (baseline: ${BASELINE_COUNT} projects, rows in DOM)`, results.coldStart.baseline.listReadyMs);
    row('  (wasm downloaded at)', results.coldStart.wasmDownloadedMs, 'HTTP cache, revalidated');
    row('search keystroke: two frames', results.search.perKeystroke.framesMs, 'input -> 2nd rAF');
    row('search keystroke: app work', results.search.perKeystroke.workMs, 'input -> effects done');
    row('search clear: two frames', results.search.clear.framesMs);
    row('search clear: app work', results.search.clear.workMs);
    row('open project: title shown', results.openProject.readyMs, 'click -> #project-title has value');
    row('open project: painted (+2 frames)', results.openProject.paintedMs);
    row('back to list: rows shown', results.backToList.readyMs, '"Projects" link -> first row');
    row('edit Aim: typing, two frames', results.editAim.typing.framesMs, 'does saving block typing');
    row('edit Aim: typing, app work', results.editAim.typing.workMs);
    row('edit Aim: setItem', results.editAim.setItemMs, `${results.editAim.writtenChars} chars written per save`);
    row('edit Aim: saved - 400 ms debounce', results.editAim.savedAfterDebounceMs, 'whole save incl. timer lateness');
    for (const s of searches) console.log(`  search "${s.query}" -> "${s.results}" (${s.rows} rows drawn)`);
    console.log('  "two frames" includes waiting for Chromium\'s frame clock, so even no work usually shows ~33 ms (two 60 Hz frames);');
    console.log('  "app work" is the app alone (handler and the effects it queued), without waiting for frames.');
    console.log(`  load average before/after: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ` +
      `${loadAfter.map((l) => l.toFixed(2)).join(' ')} (${availableCores()} cores)`);
    if (problems.size) {
      console.log('  noticed during the run:');
      for (const [text, times] of problems) console.log(`    ${times > 1 ? `${times}x ` : ''}${text}`);
    }

    mkdirSync(dirname(OUT_FILE), { recursive: true });
    writeFileSync(OUT_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwritten: ${relative(process.cwd(), OUT_FILE)}`);
  } finally {
    await browser.close();
    stopServer();
  }
}

main().catch((err) => {
  console.error(`thousand-projects: ${err.stack ?? err}`);
  process.exitCode = 1;
});
