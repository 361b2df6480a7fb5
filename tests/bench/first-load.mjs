// The bytes a first visit downloads, per screen: the route's page, every
// file it links to (stylesheet, icon), the files of the app its
// stored-data check starts (the whole app's JS glue, split loader and main
// wasm; or, on a device where the kiosk runs, the kiosk-only app's glue
// and wasm: the "kiosk" row) and the split modules the check preloads: the
// screen's own, or where the reader lock runs, the lock's (the "reader
// lock" row, on the induction guide's page). The build makes each page
// name exactly what it needs before it can start (.ci/split,
// .ci/two-apps.mjs, .ci/prerender.mjs), so the page is the list. Sizes are
// raw, gzip -9 and brotli -q 11 (the command-line tools, so figures match
// the README's).
//
// A project's two screens, the Dashboard, and the list where projects are
// stored (the "/ + projects" row) paint what the main module draws and
// fetch the rest once it has painted (src/lazy_routes.rs, body_after_paint):
// the page does not name those files, so the "then" column counts them
// from the split build's list of each split point's files, which the last
// build kept in target/split-manifest.json (BENCH_SPLIT_MANIFEST names
// another). It is left blank if that list is not of this build.
//
//   node tests/bench/first-load.mjs [dist] [results.json]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3];
const ROUTES = ['/', '/project', '/involvement', '/guide', '/induction', '/dashboard', '/settings'];
// The kiosk runs on its project's involvement record, the reader lock on
// the induction guide. The list's rows are
// a download of their own, fetched only where projects are stored: a
// first visit has none, but a device whose offline copy was cleared while
// its projects were kept (or Lighthouse, which seeds projects into an
// empty browser) fetches them once the list's heading has painted.
const SCREENS = [...ROUTES.map((route) => ({ route, page: route, list: 'screen' })),
  { route: '/ + projects', page: '/', list: 'screen' },
  { route: 'kiosk', page: '/involvement', app: 'kiosk' },
  { route: 'reader lock', page: '/induction', list: 'lock' }];

// Screens whose own code is fetched after their first paint, by split point.
const AFTER_PAINT = { '/project': 'project_screen', '/involvement': 'involvement_screen',
  '/dashboard': 'dashboard_screen', '/ + projects': 'project_list' };
const manifestPath = process.env.BENCH_SPLIT_MANIFEST ?? join(import.meta.dirname, '..', '..', 'target', 'split-manifest.json');
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : null;
const strip = (href) => href.replace(/^\/.*?([^/]+)$/, '$1');
const ofThisBuild = manifest && Object.values(manifest).flat().every((f) => existsSync(join(dist, strip(f))));
if (!ofThisBuild) console.log(`(no split list of this build at ${manifestPath}: the "then" column is blank)`);

const sizes = new Map();
function measure(file) {
  if (!sizes.has(file)) {
    const path = join(dist, file);
    sizes.set(file, {
      raw: readFileSync(path).length,
      gzip: execFileSync('gzip', ['-c', '-9', path], { maxBuffer: 1 << 26 }).length,
      brotli: execFileSync('brotli', ['-c', '-q', '11', path], { maxBuffer: 1 << 26 }).length,
    });
  }
  return sizes.get(file);
}

function kind(file) {
  if (file.endsWith('index.html')) return 'html';
  if (file.endsWith('.css')) return 'css';
  if (file.startsWith('__wasm_split')) return 'split loader';
  if (file.endsWith('.js')) return 'js';
  if (file.endsWith('_bg.wasm')) return 'wasm (main)';
  if (file.endsWith('.wasm')) return 'wasm (screen)';
  return 'other';
}

const base = readFileSync(join(dist, 'index.html'), 'utf8').match(/<base href="([^"]*)"/)?.[1] ?? '/';
const screens = [];
for (const { route, page: path, list, app = 'app' } of SCREENS) {
  const page = path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
  if (!existsSync(join(dist, page))) throw new Error(`no ${page} in ${dist}`);
  const html = readFileSync(join(dist, page), 'utf8');
  const data = html.match(/<script type="application\/json" id="qi-preloads">([^<]*)<\/script>/);
  if (!data) throw new Error(`${page} has no list of split modules (qi-preloads)`);
  const apps = html.match(/<script type="application\/json" id="qi-apps">([^<]*)<\/script>/);
  if (!apps) throw new Error(`${page} has no list of the apps' files (qi-apps)`);
  const started = JSON.parse(apps[1])[app];
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])
    .filter((tag) => /rel="(stylesheet|icon|modulepreload|preload)"/.test(tag))
    .map((tag) => tag.match(/href="([^"]+)"/)[1])
    .concat([started.js, ...started.more.map(([href]) => href), started.wasm])
    .concat(list ? JSON.parse(data[1])[list] : [])
    .map((href) => (href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '')));
  const files = [page, ...new Set(links)];
  const totals = { raw: 0, gzip: 0, brotli: 0 };
  const byKind = {};
  for (const f of files) {
    const s = measure(f);
    for (const k of Object.keys(totals)) totals[k] += s[k];
    byKind[kind(f)] = (byKind[kind(f)] ?? 0) + s.brotli;
  }
  const point = list === 'screen' && AFTER_PAINT[route];
  const then = point && ofThisBuild
    ? manifest[point].map(strip).filter((f) => !files.includes(f)).reduce((sum, f) => sum + measure(f).brotli, 0)
    : null;
  screens.push({ route, files, totals, byKind, then });
}

const pad = (s, n) => String(s).padStart(n);
console.log('Files of the first screen (/):');
console.log(`${'kind'.padEnd(14)} ${'file'.padEnd(52)} ${pad('raw', 9)} ${pad('gzip-9', 9)} ${pad('brotli-11', 9)}`);
const first = screens[0];
const shown = first.files.filter((f) => kind(f) !== 'wasm (screen)');
for (const f of shown) {
  const s = measure(f);
  console.log(`${kind(f).padEnd(14)} ${f.slice(0, 52).padEnd(52)} ${pad(s.raw, 9)} ${pad(s.gzip, 9)} ${pad(s.brotli, 9)}`);
}
console.log(`${''.padEnd(14)} ${'total'.padEnd(52)} ${pad(first.totals.raw, 9)} ${pad(first.totals.gzip, 9)} ${pad(first.totals.brotli, 9)}`);

console.log('\nFirst load of each screen, brotli -q 11 (target 200,000 B), and what a screen fetches once the main module\'s part has painted ("then"):');
console.log(`${'screen'.padEnd(14)} ${pad('files', 5)} ${pad('html', 6)} ${pad('css+js', 7)} ${pad('main wasm', 9)} ${pad('screen wasm', 11)} ${pad('total', 8)} ${pad('then', 7)}`);
for (const s of screens) {
  const k = s.byKind;
  const cssJs = (k.css ?? 0) + (k.js ?? 0) + (k['split loader'] ?? 0) + (k.other ?? 0);
  console.log(`${s.route.padEnd(14)} ${pad(s.files.length, 5)} ${pad(k.html ?? 0, 6)} ${pad(cssJs, 7)} ${pad(k['wasm (main)'] ?? 0, 9)} ${pad(k['wasm (screen)'] ?? 0, 11)} ${pad(s.totals.brotli, 8)} ${pad(s.then ?? '', 7)}`);
}

if (out) {
  writeFileSync(out, JSON.stringify({ generated: new Date().toISOString(), screens }, null, 2));
  console.log(`\nwritten: ${out}`);
}
