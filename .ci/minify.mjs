// trunk post-build step, run by .ci/post-build after .ci/split: takes out
// of what a first load downloads the text that is there for the people who
// read the source (issue 11). trunk's own minify option would rewrite the
// HTML's markup as well, which the later steps edit by its exact text.
//   - The stylesheet, minified with lightningcss (from tests/e2e): 1.6 KB
//     less brotli. It keeps trunk's name, a hash of the source, so one
//     source still gives one name; the page's integrity hash of it is made
//     again.
//   - index.html's comments, before it is copied to every route: 0.6 KB
//     less brotli on every page. Only the page's own: the scripts in it
//     have none, and the step refuses to run if one does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../tests/e2e/package.json', import.meta.url)));
const { transform } = require('lightningcss');

const dir = process.env.TRUNK_STAGING_DIR;
const fail = (why) => { console.error(`minify: ${why}`); process.exit(1); };
if (!dir) fail('run by trunk (TRUNK_STAGING_DIR is not set)');

const sheets = readdirSync(dir).filter((f) => /^main-.*\.css$/.test(f));
if (sheets.length !== 1) fail(`expected one main-*.css in ${dir}, found ${sheets.length}`);
const [name] = sheets;
const source = readFileSync(join(dir, name));

// The oldest browsers the app runs in (its wasm needs Safari 15), as
// major << 16: lightningcss writes nothing newer than they read. Given no
// targets, it would write media queries in the range syntax
// (`width >= 60rem`), which Safari reads only from 16.4.
const version = (major) => major << 16;
const targets = { safari: version(15), ios_saf: version(15), firefox: version(115), chrome: version(100) };
const { code } = transform({ filename: name, code: source, minify: true, targets });
writeFileSync(join(dir, name), code);

const page = join(dir, 'index.html');
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const html = readFileSync(page, 'utf8');
const link = new RegExp(`(<link rel="stylesheet" href="[^"]*/${name.replace(/[.]/g, '\\.')}" integrity=")[^"]*(")`);
if (!link.test(html)) fail(`no stylesheet link for ${name} in index.html`);
const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.some((text) => text.includes('<!--'))) fail('a script in index.html holds "<!--", so comments cannot be taken out by text');
// Each comment with the line it stands on, where it has one to itself.
const lean = html.replace(link, `$1${integrity}$2`).replace(/\n[ \t]*<!--[\s\S]*?-->(?=\n)|<!--[\s\S]*?-->/g, '');
writeFileSync(page, lean);
console.log(`minify: ${name} ${source.length} -> ${code.length} bytes; index.html ${html.length} -> ${lean.length}`);
