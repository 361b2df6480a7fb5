// trunk post-build step (run by .ci/post-build, after the route copies and
// before the precache list): writes what the app itself renders into each
// route's copy of index.html, so text paints before the wasm has arrived
// and the page reads without JavaScript (issue 11).
//
// It serves the staged build on localhost, opens each route in headless
// Chromium with nothing stored (a first visit: no projects, no reader
// progress, no settings), lets the app render, and copies the app's own
// markup into the page, so the view is never written twice by hand:
//   - the Guide and the Induction guide: the whole page (skip link, header
//     and main), as their text is the same on every device;
//   - the project list, the Dashboard and Settings: the whole page too, as
//     a first visit sees it. Those screens show what is stored, so
//     index.html's check hides the copied <main> on a device with anything
//     stored (style/main.css), and the copy is inert: its fields and
//     buttons do nothing until the app replaces it, so nothing typed into
//     it is lost when it does;
//   - a project's two screens: the skip link and header only, as they show
//     one stored project and a first visit has none.
// Each copied top-level node is marked data-prerendered. Where the whole
// copy is on show, src/main.rs keeps it, inert, until the app's own screen
// is drawn behind it, then swaps the two in one task; elsewhere it removes
// the copy in the task that mounts the app. Either way there is never a
// second <main> on show or a frame without content. 404.html is left as it is
// (it stands for any address, so no header can be right for it).
//
// Needs Debian's chromium and playwright-core from tests/e2e (.ci/setup
// installs both). The page keeps the CSP: anything that the policy would
// block (a style attribute, an inline handler, a script) is refused.
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumFlags } from '../tests/e2e/support/browser.mjs';

const CHROMIUM = '/usr/bin/chromium';
const PLAYWRIGHT = new URL('../tests/e2e/node_modules/playwright-core/index.mjs', import.meta.url);
if (!existsSync(fileURLToPath(PLAYWRIGHT)) || !existsSync(CHROMIUM)) {
  fail(`needs ${CHROMIUM} and playwright-core in tests/e2e/node_modules; run .ci/setup`);
}
const { chromium } = await import(PLAYWRIGHT);

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('run by trunk (TRUNK_STAGING_DIR is not set)');
const FULL = new Set(['/guide', '/induction']);
const FIRST_VISIT = new Set(['/', '/dashboard', '/settings']);
const MARK = 'data-prerendered';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

function fail(message) {
  console.error(`prerender: ${message}`);
  process.exit(1);
}

const page0 = await readFile(join(dir, 'index.html'), 'utf8');
const base = page0.match(/<base href="([^"]*)"/)?.[1];
if (!base?.startsWith('/') || !base.endsWith('/')) fail('no <base href="/…/"> in index.html');
// The routes, from the same source as .ci/route-copies.
const routes = [...(await readFile('src/routes.rs', 'utf8'))
  .matchAll(/^pub const [A-Z_]+: &str = "(\/[a-z-]*)";$/gm)].map((m) => m[1]);
if (!routes.includes('/') || !routes.includes('/guide')) fail('could not read the routes from src/routes.rs');

// Serves the staged build under its base path, as a static host would.
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!path.startsWith(base)) return res.writeHead(404).end();
  let file = normalize(join(dir, path.slice(base.length)));
  if (!file.startsWith(normalize(dir))) return res.writeHead(404).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// What each route's screen needs from the split build: its own module and
// the shared chunks, as .ci/split listed them, and what the kiosk or reader
// lock needs. src/main.rs loads one of the two before the app mounts;
// preloading it from the page starts those downloads with the main
// module's, not after it. Which one is known only on the device (is a lock
// running?), so the page carries both lists as data, and index.html's
// stored-data check, which runs first thing in <head>, preloads the one
// that applies. Plain <link rel="preload">s would make a locked kiosk
// download the whole involvement record it never shows.
const manifestPath = process.env.QI_SPLIT_MANIFEST;
if (!manifestPath) fail('QI_SPLIT_MANIFEST is not set; .ci/post-build runs .ci/split first');
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
function splitFiles(point) {
  return (manifest[point] ?? fail(`the split build has no ${point}`)).map((f) => `${base}${f}`);
}
const CHECK = '<script id="qi-stored-check">';
// The pages a lock starts on, and so the ones a locked tablet reloads:
// the kiosk on the involvement record, the reader lock on the induction
// guide. Elsewhere (an address typed in while locked) src/main.rs still
// loads the lock's code, only without the head start. Each names the
// split points the lock shows there: the reader lock draws the induction
// guide from the guide's own module, which no kiosk downloads.
const LOCK_PAGES = new Map([['/involvement', ['locked_shell']], ['/induction', ['locked_shell', 'induction_screen']]]);
// What the main module draws first on these pages, it paints before their
// screens' own code is asked for (src/lazy_routes.rs, body_after_paint):
// the list's rows (drawn only where projects are stored), a project's two
// screens below their tabs, and the Dashboard below the banners.
// Preloading that code would put it back in the way of that first paint.
const TOP_FIRST = new Set(['/', '/project', '/involvement', '/dashboard']);
function preloads(route) {
  const lists = { screen: TOP_FIRST.has(route) ? [] : splitFiles(`${route.slice(1)}_screen`),
    lock: [...new Set((LOCK_PAGES.get(route) ?? []).flatMap(splitFiles))] };
  // The address this page is for. A host that answers an unknown address
  // with some route's page (an SPA fallback) must not show that route's
  // copied screen, nor preload its modules: the check compares the two.
  lists.path = `${base}${route.slice(1)}`.replace(/\/$/, '');
  // "<" cannot occur in a file name, so the data cannot end the element early.
  return `<script type="application/json" id="qi-preloads">${JSON.stringify(lists)}</script>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumFlags });
try {
  for (const route of routes) {
    // A fresh context each time: nothing stored, and no service worker to
    // cache this half-made build.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}${base}${route.slice(1)}`);
    // The app marks the root when its first screen is whole (its lower parts
    // follow the top a frame at a time, src/components/later.rs); two
    // frames more let effects that run after the last part settle.
    await page.waitForSelector('html.qi-started main#main-content h1', { timeout: 20_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (errors.length) fail(`${route}: ${errors.join('; ')}`);
    const whole = FULL.has(route) || FIRST_VISIT.has(route);
    const { title, markup } = await page.evaluate(({ whole, inert, mark }) => {
      for (const input of document.querySelectorAll('main input, main option')) {
        // A control's state is a property the app sets, which outerHTML
        // leaves out: write it as the attribute, so the copy shows the same.
        if (input.checked) input.setAttribute('checked', '');
        if (input.selected) input.setAttribute('selected', '');
        if (input.value && input.type !== 'radio' && input.type !== 'checkbox' && input.tagName === 'INPUT') {
          input.setAttribute('value', input.value);
        }
      }
      const keep = [...document.body.children].filter((e) => !['SCRIPT', 'NOSCRIPT'].includes(e.tagName))
        .filter((e) => whole || e.tagName !== 'MAIN')
        .map((e) => e.cloneNode(true));
      const text = [];
      for (const e of keep) {
        // Comments are leptos's place markers; the app makes its own.
        const walker = document.createTreeWalker(e, NodeFilter.SHOW_COMMENT);
        const comments = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        comments.forEach((c) => c.remove());
        e.setAttribute(mark, '');
        if (inert && e.tagName === 'MAIN') e.setAttribute('inert', '');
        text.push(e.outerHTML);
      }
      return { title: document.title, markup: text.join('\n') };
    }, { whole, inert: FIRST_VISIT.has(route), mark: MARK });
    await context.close();

    if (/\sstyle=|\son[a-z]+=|<script|<style/i.test(markup)) fail(`${route}: the markup has something the CSP blocks`);
    if (!markup.includes('<header')) fail(`${route}: the app rendered no header`);
    const file = route === '/' ? join(dir, 'index.html') : join(dir, route.slice(1), 'index.html');
    const html = await readFile(file, 'utf8');
    const body = '<body>\n';
    if (html.split(body).length !== 2 || html.includes(`${MARK}=`)) fail(`${file}: not the page trunk wrote`);
    // Text in the <title> is escaped as the app's own title is plain text.
    const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // Replacer functions, so a "$" in the text is never read as a pattern.
    let out = html.replace(body, () => `${body}${markup}\n`);
    if (out.split(CHECK).length !== 2) fail(`${file}: index.html's stored-data check is missing`);
    const data = preloads(route);
    out = out.replace(CHECK, () => `${data}\n  ${CHECK}`);
    if (whole) out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${escaped}</title>`);
    await writeFile(file, out);
    const n = JSON.parse(data.slice(data.indexOf('>') + 1, data.lastIndexOf('<'))).screen.length;
    console.log(`prerender: ${route} (${whole ? 'whole page' : 'header'}, ${markup.length} characters, ${n} modules to preload)`);
  }
} finally {
  await browser.close();
  server.close();
}
