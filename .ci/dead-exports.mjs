// Takes out of the main module, and its glue, classes that Rust exports to
// JS and that nothing in this app ever makes:
// `node .ci/dead-exports.mjs <main.wasm> <glue.js> <Class>…`, run by
// .ci/split after wasm-bindgen and before wasm-opt, which then drops their
// code.
//
// Why: leptos always builds server_fn with its browser feature, which
// brings wasm-streams, whose three stream adapters (IntoUnderlyingSource,
// IntoUnderlyingSink, IntoUnderlyingByteSource) are `#[wasm_bindgen]`
// exports. An export is kept whether or not anything uses it, so their
// methods and the glue's classes for them were on every first load
// although this app calls no server. wasm-bindgen writes `Class.__wrap`
// into the glue for a class Rust hands to JS; none of these has one, so no
// object of them can exist, which this checks before it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { editSection, readName, readU32, u32 } from './wasm-sections.mjs';

const [wasmPath, gluePath, ...classes] = process.argv.slice(2);
if (!wasmPath || !gluePath || !classes.length) {
  console.error('usage: dead-exports.mjs <main.wasm> <glue.js> <Class>…');
  process.exit(2);
}
const fail = (why) => {
  console.error(`dead-exports: ${why}`);
  process.exit(1);
};

let glue = readFileSync(gluePath, 'utf8');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// --- the glue: each class, its dispose line and its finalization registry --
for (const name of classes) {
  if (glue.includes(`${name}.__wrap`)) fail(`Rust hands ${name} objects to JS: it is not dead`);
  const cls = new RegExp(
    `^export class ${escape(name)} \\{\\n[\\s\\S]*?^\\}\\n` +
      `if \\(Symbol\\.dispose\\) ${escape(name)}\\.prototype\\[Symbol\\.dispose\\] = ${escape(name)}\\.prototype\\.free;\\n`,
    'm',
  );
  const registry = new RegExp(`^const ${escape(name)}Finalization = [^;]*;\\n`, 'm');
  if (!cls.test(glue)) fail(`the glue has no class ${name} in the form this knows`);
  if (!registry.test(glue)) fail(`the glue has no ${name}Finalization in the form this knows`);
  glue = glue.replace(cls, '').replace(registry, '');
  if (glue.includes(name)) fail(`${name} is still named in the glue`);
}

// --- the module: the classes' exports (`class_method`, `__wbg_class_free`) --
const prefixes = classes.map((c) => c.toLowerCase());
const dead = (field) => prefixes.some((p) => field.startsWith(`${p}_`) || field === `__wbg_${p}_free`);
let dropped = 0;
const wasm = editSection(readFileSync(wasmPath), 7, (buf, start, end) => {
  let [count, p] = readU32(buf, start);
  const kept = [];
  while (count--) {
    const [field, afterName] = readName(buf, p);
    const entryEnd = readU32(buf, afterName + 1)[1]; // kind, then index
    if (dead(field)) dropped++;
    else kept.push(buf.subarray(p, entryEnd));
    p = entryEnd;
  }
  if (p !== end) fail('the export section did not end where its size said');
  return Buffer.concat([u32(kept.length), ...kept]);
});
if (wasm === null || dropped === 0) fail(`no exports of ${classes.join(', ')} in ${wasmPath}`);
for (const p of prefixes) {
  if (glue.includes(`wasm.${p}_`) || glue.includes(`wasm.__wbg_${p}_free`)) fail(`the glue still calls ${p}`);
}

writeFileSync(wasmPath, wasm);
writeFileSync(gluePath, glue);
console.log(`dead-exports: ${classes.length} classes, ${dropped} exports taken out`);
