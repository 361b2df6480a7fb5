// Makes index.html start either app (.ci/kiosk-app says why there are
// two): trunk writes the whole app's preloads as tags and starts it from
// an inline module; on a tablet with the kiosk running, those tags alone
// would download the whole app. So the tags come out, and their files go
// into a list, `qi-apps`, from which index.html's stored-data check
// preloads the files of the app this device starts, and the inline module
// (written here, hashed by .ci/csp-hash) starts that app.
//
//   node .ci/two-apps.mjs dist/index.html dist/qi-kiosk-….js dist/qi-kiosk-…_bg.wasm
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const [page, kioskJs, kioskWasm] = process.argv.slice(2);
const fail = (why) => {
  console.error(`two-apps: ${why}`);
  process.exit(1);
};
if (!kioskWasm) fail('usage: node .ci/two-apps.mjs index.html kiosk.js kiosk_bg.wasm');

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
let html = readFileSync(page, 'utf8');

// trunk's tags: the glue and the split loader as module preloads, the main
// module as a fetch preload. Each must be there once.
const take = (pattern, what) => {
  const found = [...html.matchAll(pattern)];
  if (found.length !== 1) fail(`expected one ${what} in the page, found ${found.length}`);
  html = html.replace(found[0][0], '');
  return found[0];
};
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? fail(`no ${name} in ${tag}`);
const glue = take(/<link rel="modulepreload" href="[^"]*\/qi-involve-[^"/]*\.js"[^>]*>\n?/g, 'preload of the glue')[0];
const loader = take(/<link rel="modulepreload" href="[^"]*\/__wasm_split-[^"/]*\.js"[^>]*>\n?/g, 'preload of the split loader')[0];
const wasm = take(/<link rel="preload" href="[^"]*\/qi-involve-[^"/]*_bg\.wasm"[^>]*>\n?/g, 'preload of the main module')[0];
const starts = html.match(/<script type="module">[\s\S]*?<\/script>/g) ?? [];
if (starts.length !== 1) fail(`expected one inline start of the app, found ${starts.length}`);
const start = starts[0];
const glueHref = attr(glue, 'href');
if (!start.includes(`'${glueHref}'`)) fail('trunk\'s start script imports another glue');

// The kiosk's files sit beside the whole app's, under the same base.
const base = glueHref.slice(0, glueHref.lastIndexOf('/') + 1);
const apps = {
  app: {
    js: glueHref,
    wasm: attr(wasm, 'href'),
    sri: [attr(glue, 'integrity'), attr(wasm, 'integrity')],
    more: [[attr(loader, 'href'), attr(loader, 'integrity')]],
  },
  kiosk: {
    js: base + basename(kioskJs),
    wasm: base + basename(kioskWasm),
    sri: [sri(kioskJs), sri(kioskWasm)],
    more: [],
  },
};
const list = `<script type="application/json" id="qi-apps">${JSON.stringify(apps)}</script>`;
// Starts the app the check chose (`qi-kiosk`), or the whole app if the
// check did not run; its files were preloaded by the check.
const starter = '<script type="module">const a = JSON.parse(document.getElementById("qi-apps").textContent), ' +
  'app = document.documentElement.classList.contains("qi-kiosk") ? a.kiosk : a.app, ' +
  'm = await import(app.js); await m.default({ module_or_path: app.wasm });</script>';

const check = '<script id="qi-stored-check">';
if (html.split(check).length !== 2) fail('expected the stored-data check once');
// The list before the check, which reads it; the starter where trunk's was.
html = html.replace(check, () => `${list}\n  ${check}`).replace(start, () => starter);
writeFileSync(page, html);
console.log(`two-apps: the page starts ${apps.app.js} or ${apps.kiosk.js}`);
