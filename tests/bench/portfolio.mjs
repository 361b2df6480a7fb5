// How QI Involve copes with a whole portfolio (issue 8, "Measure and
// report"): 1,000 projects with 20 logged activities each (20,000 in all),
// stored as the app writes them today (format 5), in Debian's Chromium at
// tablet portrait size (768x1024). It times:
//   a. the Dashboard until its headline figure shows: an in-app click on
//      "Dashboard" from Projects, and a cold load of /dashboard;
//   b. "Export backup" on Settings until the file is handed to the browser,
//      and until Playwright sees the download; and the file's size;
//   c. "Import backup" of that file in a fresh browser context (nothing
//      stored): choosing the file until the plan shows (read + validate),
//      then "Merge" until the done message (validate again + write).
// It prints figures beside the issue's targets where it gives one, and
// writes bench-results/portfolio.json. It is a benchmark, not a test: it
// exits non-zero only if it could not measure.
//
//   node tests/bench/portfolio.mjs                         # serves dist/ itself
//   node tests/bench/portfolio.mjs http://127.0.0.1:8080   # an SPA server on dist/
// A server given must not redirect (as `serve`'s clean URLs do for
// /index.html): the service worker would cache the redirect, and every
// later navigation then fails.
//
// Times are taken inside the page with performance.now(), except "until
// the download event", which only Playwright sees.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium } from '../e2e/node_modules/playwright-core/index.mjs';
import { chromiumFlags } from '../e2e/support/browser.mjs';
import { generateProjects } from './generate-projects.mjs';
import { gitCommit, ROOT, serveDist, stats } from './support.mjs';

const OUT_DIR = join(ROOT, 'bench-results');
const OUT_FILE = join(OUT_DIR, 'portfolio.json');

const PROJECTS = 1000;
const ACTIVITIES = 20; // per project
const SEED = 42;
const RUNS = 5;
const VIEWPORT = { width: 768, height: 1024 };
const TIMEOUT_MS = 60_000;

// --- In-page code -----------------------------------------------------------------

/** Before the app's scripts on every load: notes when the dashboard headline first shows a figure. */
function installHeadlineProbe() {
  const probe = (window.__bench = { headline: undefined });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.headline .big-figure__number')?.textContent.trim()) return;
    observer.disconnect();
    probe.headline = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Helpers for timing in the page: `until` (checked after each task) and a hook on download links. */
function installTools() {
  if (window.__tools) return;
  const afterTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  async function until(test, limit = 60_000) {
    const start = performance.now();
    for (;;) {
      if (test()) return performance.now();
      if (performance.now() - start > limit) throw new Error(`timed out waiting for ${test}`);
      await afterTask();
    }
  }
  // The app saves a file by clicking an <a download> it made; this notes when.
  const downloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function noted() {
    if (this.download) downloads.push(performance.now());
    return click.call(this);
  };
  window.__tools = { until, downloads };
}

// --- Steps -------------------------------------------------------------------------

/** From the Projects register, clicks "Dashboard" until the headline shows a figure. */
async function dashboardByClick(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  await page.locator('.project-card').first().waitFor();
  await page.evaluate(installTools);
  return page.evaluate(async () => {
    const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent.trim() === 'Dashboard');
    const t0 = performance.now();
    link.click();
    const shown = await window.__tools.until(() => document.querySelector('.headline .big-figure__number')?.textContent.trim());
    return { ms: shown - t0, figure: document.querySelector('.headline .big-figure__number').textContent.trim() };
  });
}

/** A cold load of /dashboard until the headline shows a figure (from the navigation's start). */
async function dashboardCold(page, baseUrl) {
  await page.goto(`${baseUrl}/dashboard`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.headline !== undefined, null, { timeout: TIMEOUT_MS });
  return page.evaluate(() => ({ ms: window.__bench.headline }));
}

/** Clicks "Export backup"; the in-page time to the download link's click, and Node's time to the download event. */
async function exportBackup(page, file) {
  await page.evaluate(installTools);
  await page.evaluate(() => (window.__tools.downloads.length = 0));
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
  const nodeT0 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT_MS }),
    page.evaluate(() => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Export backup');
      window.__exportT0 = performance.now();
      b.click();
    }),
  ]);
  const nodeMs = performance.now() - nodeT0;
  const inPage = await page.evaluate(() => window.__tools.downloads[0] - window.__exportT0);
  await download.saveAs(file);
  return { toLinkClick: inPage, toDownloadEvent: nodeMs, name: download.suggestedFilename() };
}

/** In a fresh context: choose the file, until the plan shows; then Merge, until the done message. */
async function importBackup(browser, baseUrl, text, name) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel('Import backup').waitFor();
    await page.evaluate(installTools);
    const stored = await page.evaluate(() => localStorage.length);
    const validate = await page.evaluate(async ({ text, name }) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Import backup');
      const input = document.getElementById(label.htmlFor);
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      const t0 = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const shown = await window.__tools.until(() => document.getElementById('import-plan-heading')
        || document.getElementById('import-result'));
      const result = document.getElementById('import-result');
      if (result) throw new Error(`the file was refused: ${result.textContent}`);
      return { ms: shown - t0, plan: [...document.querySelectorAll('.import-plan__counts li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()).join('; ') };
    }, { text, name });
    const write = await page.evaluate(async () => {
      const merge = [...document.querySelectorAll('.import-plan button')].find((b) => b.textContent.trim() === 'Merge');
      const t0 = performance.now();
      merge.click();
      const done = await window.__tools.until(() => document.getElementById('import-result'));
      return { ms: done - t0, said: document.getElementById('import-result').textContent.replace(/\s+/g, ' ').trim() };
    });
    const after = await page.evaluate(() => {
      let chars = 0;
      let projects = 0;
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        chars += key.length + localStorage.getItem(key).length;
        if (key.startsWith('qi-involve:project:')) projects++;
      }
      return { projects, chars };
    });
    return { storedBefore: stored, validate, write, after };
  } finally {
    await context.close();
  }
}

// --- Main ----------------------------------------------------------------------------

async function main() {
  let baseUrl = process.argv[2];
  let stopServer = () => {};
  if (!baseUrl) ({ base: baseUrl, stop: stopServer } = await serveDist());
  baseUrl = baseUrl.replace(/\/+$/, '');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumFlags });
  const problems = new Map();
  const notice = (text) => problems.set(text, (problems.get(text) ?? 0) + 1);
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') notice(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => notice(`page error: ${err.message}`));
  };
  try {
    const loadBefore = loadavg();
    console.log(`Portfolio benchmark: ${baseUrl}  (Chromium ${browser.version()}, ${VIEWPORT.width}x${VIEWPORT.height}, ` +
      `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')})`);
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    watch(page);
    await page.addInitScript(installHeadlineProbe);

    // Seed: open the app once so localStorage is its origin's, then write.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const entries = generateProjects(PROJECTS, SEED, { activities: ACTIVITIES });
    const stored = await page.evaluate((entries) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      let chars = 0;
      for (let i = 0; i < localStorage.length; i++) chars += localStorage.key(i).length + localStorage.getItem(localStorage.key(i)).length;
      return { keys: localStorage.length, chars };
    }, entries);
    const activities = Object.values(entries).reduce((n, v) => n + JSON.parse(v).project.activities.length, 0);
    console.log(`  seeded ${stored.keys} projects, ${activities.toLocaleString('en-GB')} activities: ` +
      `${stored.chars.toLocaleString('en-GB')} characters (${((stored.chars * 2) / 1e6).toFixed(2)} MB as UTF-16)`);

    // a. Dashboard.
    const clicks = [];
    const colds = [];
    let figure = '';
    for (let i = 0; i < RUNS; i++) {
      const c = await dashboardByClick(page, baseUrl);
      figure = c.figure;
      clicks.push(c.ms);
    }
    for (let i = 0; i < RUNS; i++) colds.push((await dashboardCold(page, baseUrl)).ms);
    console.log(`  dashboard, click from Projects: ${clicks.map((x) => x.toFixed(0)).join(', ')} ms (headline "${figure}")`);
    console.log(`  dashboard, cold load: ${colds.map((x) => x.toFixed(0)).join(', ')} ms`);

    // b. Export backup.
    await page.goto(`${baseUrl}/settings`);
    const exports = [];
    const file = join(OUT_DIR, 'portfolio-backup.json');
    mkdirSync(OUT_DIR, { recursive: true });
    for (let i = 0; i < RUNS; i++) exports.push(await exportBackup(page, file));
    const backup = readFileSync(file);
    const size = {
      raw: backup.length,
      gzip: gzipSync(backup, { level: 9 }).length,
      brotli: brotliCompressSync(backup, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    console.log(`  export: ${exports.map((e) => `${e.toLinkClick.toFixed(0)}/${e.toDownloadEvent.toFixed(0)}`).join(', ')} ms ` +
      `(link click / download event); ${exports[0].name}: ${size.raw.toLocaleString('en-GB')} bytes`);

    // c. Import into fresh contexts.
    const text = backup.toString('utf8');
    const imports = [];
    for (let i = 0; i < RUNS; i++) imports.push(await importBackup(browser, baseUrl, text, exports[0].name));
    for (const r of imports) {
      if (r.storedBefore !== 0) notice(`a fresh context had ${r.storedBefore} keys stored before the import`);
      if (r.after.projects !== PROJECTS) notice(`after the import ${r.after.projects} projects were stored, not ${PROJECTS}`);
    }
    console.log(`  import: ${imports.map((r) => `${r.validate.ms.toFixed(0)}+${r.write.ms.toFixed(0)}`).join(', ')} ms ` +
      `(validate + write); plan "${imports[0].validate.plan}"; "${imports[0].write.said}"`);

    const loadAfter = loadavg();
    const results = {
      generated: new Date().toISOString(),
      commit: gitCommit(),
      chromium: browser.version(),
      viewport: VIEWPORT,
      loadAverage: { before: loadBefore, after: loadAfter },
      data: { projects: PROJECTS, activities, seed: SEED, storedChars: stored.chars },
      dashboard: { clickMs: stats(clicks), coldLoadMs: stats(colds), headline: figure },
      export: { toLinkClickMs: stats(exports.map((e) => e.toLinkClick)), toDownloadEventMs: stats(exports.map((e) => e.toDownloadEvent)), size },
      import: {
        validateMs: stats(imports.map((r) => r.validate.ms)),
        writeMs: stats(imports.map((r) => r.write.ms)),
        totalMs: stats(imports.map((r) => r.validate.ms + r.write.ms)),
        plan: imports[0].validate.plan,
        said: imports[0].write.said,
        storedAfterChars: imports[0].after.chars,
      },
      problems: [...problems].map(([text, times]) => ({ text, times })),
    };

    const ms = (x) => `${x.toFixed(1)} ms`;
    const row = (label, s, target = '') =>
      console.log(`  ${label.padEnd(48)} ${String(s.n).padStart(2)}  ${ms(s.median).padStart(10)}  ${ms(s.worst).padStart(10)}  ${target}`);
    console.log(`\n${PROJECTS.toLocaleString('en-GB')} projects, ${activities.toLocaleString('en-GB')} activities (seed ${SEED}), ` +
      `Chromium ${browser.version()}, ${VIEWPORT.width}x${VIEWPORT.height}`);
    console.log(`  ${'measure'.padEnd(48)} ${'n'.padStart(2)}  ${'median'.padStart(10)}  ${'worst'.padStart(10)}  target`);
    row('dashboard: click from Projects -> headline', results.dashboard.clickMs, 'none in issue 8 (brief: "stays responsive")');
    row('dashboard: cold load of /dashboard -> headline', results.dashboard.coldLoadMs, 'none; from navigation start');
    row('export: click -> file handed to browser', results.export.toLinkClickMs, 'none; in page');
    row('export: click -> download event', results.export.toDownloadEventMs, 'none; seen by Playwright');
    row('import: choose file -> plan (read+validate)', results.import.validateMs, 'none');
    row('import: Merge -> done message (write)', results.import.writeMs, 'none');
    row('import: validate + write', results.import.totalMs, 'none');
    console.log(`  backup file: ${size.raw.toLocaleString('en-GB')} bytes raw, ${size.gzip.toLocaleString('en-GB')} gzip-9, ` +
      `${size.brotli.toLocaleString('en-GB')} brotli-11 (target: under the import limit, 20 MiB = 20,971,520 bytes)`);
    console.log(`  load average before/after: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} / ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
    if (problems.size) {
      console.log('  noticed during the run:');
      for (const [t, times] of problems) console.log(`    ${times > 1 ? `${times}x ` : ''}${t}`);
    }
    writeFileSync(OUT_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwritten: ${relative(process.cwd(), OUT_FILE)}`);
  } finally {
    await browser.close();
    stopServer();
  }
}

main().catch((err) => {
  console.error(`portfolio: ${err.stack ?? err}`);
  process.exitCode = 1;
});
