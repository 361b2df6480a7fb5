// Gives the main module's JS imports short names, in the .wasm and in its
// glue together: `node .ci/short-imports.mjs <main.wasm> <glue.js>`, run by
// .ci/split after wasm-opt and before the glue is minified.
//
// Why: wasm-bindgen names each import after the JS it calls plus a 16-digit
// hash (`__wbg_setAttribute_6e0d…`), and the import's module after the glue's
// file (`./qi-involve-<hash>_bg.js`). The main module and the glue each
// carry every name once; the hashes do not compress, so the two files spent
// about 3 KB of brotli on them, all on the path to a first paint. The glue
// builds its imports in one object literal, `const import0 = { name:
// function(…) {…}, … }`, and hands it over under the module's name; those
// are the only places the names appear, which this checks before it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { editSection, encodeName, readName, readU32, u32 } from './wasm-sections.mjs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: short-imports.mjs <main.wasm> <glue.js>');
  process.exit(2);
}
const fail = (why) => {
  console.error(`short-imports: ${why}`);
  process.exit(1);
};

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

// --- an import's entry ---------------------------------------------------------
/** Where an import's description ends, from where it starts. */
function skipImportDesc(buf, at) {
  const kind = buf[at++];
  if (kind === 0) return readU32(buf, at)[1]; // func: type index
  if (kind === 1) { // table: reftype, limits
    at += 1;
    return skipLimits(buf, at);
  }
  if (kind === 2) return skipLimits(buf, at); // memory
  if (kind === 3) return at + 2; // global: valtype, mutability
  if (kind === 4) return readU32(buf, at + 1)[1]; // tag: attribute, type
  fail(`an import of kind ${kind}, which this does not know`);
}
function skipLimits(buf, at) {
  const flags = buf[at++];
  at = readU32(buf, at)[1];
  return flags & 1 ? readU32(buf, at)[1] : at;
}

/** a, b, … z, A … Z, then aa, ab, …: names a JS object key can be bare. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out = letters[n % letters.length] + out;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return out;
}

// --- the module's import section -------------------------------------------
const renamed = new Map();
let bgModule = null;
const edited = editSection(wasm, 2, (buf, start, end) => {
  let [count, p] = readU32(buf, start);
  const body = [u32(count)];
  while (count--) {
    const [module, afterModule] = readName(buf, p);
    const [field, afterField] = readName(buf, afterModule);
    const descEnd = skipImportDesc(buf, afterField);
    // The glue's own imports: the module named after its _bg.js file.
    if (module.endsWith('_bg.js')) {
      if (bgModule !== null && bgModule !== module) fail(`two _bg.js modules: ${bgModule}, ${module}`);
      bgModule = module;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      body.push(encodeName('a'), encodeName(renamed.get(field)));
    } else {
      body.push(buf.subarray(p, afterField));
    }
    body.push(buf.subarray(afterField, descEnd));
    p = descEnd;
  }
  if (p !== end) fail('the import section did not end where its size said');
  return Buffer.concat(body);
});
if (edited === null || bgModule === null) fail(`no imports from the glue in ${wasmPath}`);

// --- the glue ------------------------------------------------------------------
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text, what) => text.split(what).length - 1;
const moduleKey = `"${bgModule}": import0,`;
if (count(glue, moduleKey) !== 1) fail(`the glue does not hand over import0 as ${bgModule} once`);
glue = glue.replace(moduleKey, 'a: import0,');
for (const [old, short] of renamed) {
  // Each name is a key of import0, once, and nowhere else in the glue.
  if (count(glue, old) !== 1) fail(`${old} is in the glue ${count(glue, old)} times, not once`);
  const key = new RegExp(`^(\\s+)${escape(old)}: function\\(`, 'm');
  if (!key.test(glue)) fail(`${old} is not a key of the glue's import object`);
  glue = glue.replace(key, `$1${short}: function(`);
}

writeFileSync(wasmPath, edited);
writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.size} imports renamed`);
