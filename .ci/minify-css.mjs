// trunk post-build step, run by .ci/post-build after .ci/split: minifies the
// stylesheet with lightningcss (from tests/e2e). style/main.css keeps its
// comments for the people who read it, and every first load downloads it:
// minified, it is 1.6 KB less brotli (issue 11). trunk's own minify option
// would rewrite the HTML as well, which the later steps edit by its text.
//
// The file keeps trunk's name, a hash of the source, so one source still
// gives one name; the page's integrity hash of it is made again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../tests/e2e/package.json', import.meta.url)));
const { transform } = require('lightningcss');

const dir = process.env.TRUNK_STAGING_DIR;
const fail = (why) => { console.error(`minify-css: ${why}`); process.exit(1); };
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
writeFileSync(page, html.replace(link, `$1${integrity}$2`));
console.log(`minify-css: ${name} ${source.length} -> ${code.length} bytes`);
