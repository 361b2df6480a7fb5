// Where a cold start's main-thread time goes, for the screens that
// tests/bench/lighthouse-screens.mjs audits (issue 11: TBT). Each run is a
// new browser, so no compiled module is left in memory from an earlier
// page; the screen's data is stored from robots.txt first. It traces the
// load until the app has drawn the screen whole (`qi-started`) and prints,
// per screen, the medians over the runs of:
//   - busy: the renderer's main thread, every task together, from the
//     page's first paint on (where Lighthouse starts counting TBT);
//   - compile: V8 compiling wasm functions the first time each is called
//     (`wasm.CompileLazy`, on the main thread: Chromium compiles wasm
//     lazily, and a browser started again compiles it all again), and how
//     many functions it compiled;
//   - the longest task from the first paint on, and the tasks over 12.5 ms,
//     which Lighthouse's four-times CPU slowdown makes longer than 50 ms.
// Tracing each compile slows the tasks down, so the compiling is counted
// in a second start of its own. The machine's load moves every figure:
// compare builds in one sitting, run after run. None is Lighthouse's TBT,
// which models the tasks of its own run.
// A benchmark: it prints figures and passes or fails nothing.
//
//   node tests/bench/cold-start.mjs                        # every screen
//   node tests/bench/cold-start.mjs involvement project    # some
//   BENCH_RUNS=5 BENCH_DIST=/tmp/dist-b node ...           # runs, build
//   BENCH_SHOWN_BEFORE=1 node ...  # the screen was shown last time (kept copy)
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { chromiumFlags } from '../e2e/support/browser.mjs';
import { http2, servePaced } from './paced-server.mjs';
import { SCREENS } from './screens.mjs';
import { DIST, median, round } from './support.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SHOWN_BEFORE = process.env.BENCH_SHOWN_BEFORE === '1';
const TASKS = ['loading', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
const WASM = ['v8.wasm', 'disabled-by-default-v8.wasm.detailed'];
/** Longer than this, a task blocks under Lighthouse's 4x slowdown. */
const BLOCKING_MS = 50 / 4;

const wanted = process.argv.slice(2);
const screens = wanted.length ? SCREENS.filter((s) => wanted.includes(s.name)) : SCREENS;
if (screens.length !== (wanted.length || SCREENS.length)) {
  console.error(`cold-start: the screens are ${SCREENS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const launch = () => chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [...chromiumFlags, ...(http2 ? ['--ignore-certificate-errors'] : [])],
});

/** A new browser whose storage holds `screen`'s data (and, with
 * BENCH_SHOWN_BEFORE, its kept copy, the code emptied from every cache). */
async function prepared(origin, screen) {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${origin}/robots.txt`);
  const entries = screen.seed?.() ?? {};
  await page.evaluate((all) => { for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v); }, entries);
  if (SHOWN_BEFORE && !screen.shown) {
    await page.goto(origin + screen.path);
    await page.waitForSelector('html.qi-started');
    await page.goto(`${origin}/robots.txt`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
    await cdp.send('Network.clearBrowserCache');
    // Another browser: nothing compiled stays in memory. The kept copy is
    // carried over in localStorage.
    const stored = await page.evaluate(() => ({ ...localStorage }));
    await browser.close();
    return prepared(origin, { ...screen, seed: () => stored, shown: true });
  }
  return { browser, context, page };
}

/** One traced cold start of `screen` with `categories`: its events. */
async function traced(origin, screen, categories) {
  const { browser, page } = await prepared(origin, screen);
  try {
    await browser.startTracing(page, { categories });
    await page.goto(origin + screen.path);
    await page.waitForSelector('html.qi-started');
    // The frame that shows the screen whole, and a little after.
    await page.waitForTimeout(500);
    return JSON.parse(await browser.stopTracing()).traceEvents;
  } finally {
    await browser.close();
  }
}

/** The complete events of the renderer main thread that ran the page, and
 * when it first painted content. */
function mainThread(events) {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const main = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X');
  return { main, fcp: fcp.ts };
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const ms = (e) => e.dur / 1000;

/** One cold start's figures: the tasks from a start traced lightly, the
 * compiling from another (tracing each compile slows the tasks down). */
async function coldStart(origin, screen) {
  const light = mainThread(await traced(origin, screen, TASKS));
  const tasks = light.main.filter((e) => e.name === 'RunTask' && e.ts >= light.fcp).map(ms);
  const compiles = mainThread(await traced(origin, screen, [...TASKS, ...WASM])).main
    .filter((e) => e.name === 'wasm.CompileLazy').map(ms);
  return {
    busy: sum(tasks),
    compile: sum(compiles),
    functions: compiles.length,
    longest: Math.max(...tasks),
    blocking: tasks.filter((t) => t > BLOCKING_MS).length,
  };
}

const server = await servePaced(DIST);
console.log(`cold starts of ${DIST}, ${RUNS} run(s) per screen, medians; ` +
  (SHOWN_BEFORE ? 'each screen shown on the device before' : 'each screen never shown before'));
console.log('screen        busy ms  compile ms  functions  longest ms  tasks > 12.5 ms');
try {
  for (const screen of screens) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await coldStart(server.origin, screen));
    const m = (key) => round(median(runs.map((r) => r[key])));
    console.log(`${screen.name.padEnd(12)}${String(m('busy')).padStart(9)}${String(m('compile')).padStart(12)}` +
      `${String(m('functions')).padStart(11)}${String(m('longest')).padStart(12)}` +
      `${String(m('blocking')).padStart(17)}`);
  }
} finally {
  await server.stop();
}
