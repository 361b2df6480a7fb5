// Run by .ci/split, after wasm-opt: merges wasm-split's small shared chunks
// into one module, and points the split loader at it.
//
//   node .ci/merge-chunks.mjs <work dir> <largest chunk to merge, bytes>
//
// Why: wasm-split makes one chunk for each set of split points that share
// code, so the app has some 130 chunks and a screen needs 50 to 100 of
// them, most under 2 KB. Each costs a request, a fetch call on the main
// thread at start-up and an instantiation, and compresses badly alone:
// the small ones are 46 KB of brotli as separate files and 17 KB as one.
// A screen now downloads a few small functions it does not call, and far
// fewer bytes and files.
//
// How: every chunk imports only the main module's memory, function table
// and stack pointer (from "__wasm_split") and places its functions in the
// table at fixed slots, so chunks never call each other directly and can
// be joined. wasm-merge would keep one memory import per input, so a
// small module named "__wasm_split" re-exports one set of those imports
// for the chunks to link against; its import module is then renamed back.
// Each merged chunk's loader becomes an alias of the merged one, so the
// loader's memoised download makes it a single fetch and instantiation.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [work, limitArg] = process.argv.slice(2);
const limit = Number(limitArg);
if (!work || !(limit > 0)) fail('usage: merge-chunks.mjs <work dir> <bytes>');

// The wasm features the modules use, as .ci/split sets them for wasm-opt.
const FEATURES = (process.env.QI_WASM_FEATURES ?? '').split(/\s+/).filter(Boolean);
if (!FEATURES.length) fail('QI_WASM_FEATURES is not set (.ci/split sets it)');
const MERGED = 'chunk_shared';
const HOST = '__wasm_split_host';
const loaderPath = join(work, '__wasm_split.js');
let loader = readFileSync(loaderPath, 'utf8');

const small = readdirSync(work)
  .filter((f) => /^chunk_\d+\.wasm$/.test(f) && statSync(join(work, f)).size <= limit)
  .sort((a, b) => number(a) - number(b));
if (small.length < 2) process.exit(0);

// The imports every chunk has, with the limits the chunks declare.
const text = (file) => execFileSync('wasm-dis', [...FEATURES, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
const first = text(join(work, small[0]));
const memory = first.match(/\(import "__wasm_split" "memory" \(memory \$\S+ ([^)]*)\)\)/)?.[1];
const table = first.match(/\(import "__wasm_split" "__indirect_function_table" \(table \$\S+ ([^)]*)\)\)/)?.[1];
if (!memory || !table) fail(`${small[0]} does not import the memory and table as expected`);

const host = join(work, 'host.wat');
writeFileSync(host, `(module
 (import "${HOST}" "memory" (memory $m ${memory}))
 (import "${HOST}" "__indirect_function_table" (table $t ${table}))
 (import "${HOST}" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`);
execFileSync('wasm-as', [...FEATURES, host, '-o', join(work, 'host.wasm')]);
const merged = join(work, `${MERGED}.wasm`);
execFileSync('wasm-merge', [...FEATURES, join(work, 'host.wasm'), '__wasm_split',
  ...small.flatMap((f) => [join(work, f), f.replace('.wasm', '')]), '-o', merged]);

// The host's imports become the chunks' own again; its exports go.
let joined = text(merged)
  .replaceAll(`(import "${HOST}" `, '(import "__wasm_split" ')
  .replace(/^ \(export "(memory|__indirect_function_table|__wasm_split_shared0)" [^\n]*\n/gm, '');
if (/\(export /.test(joined)) fail('the merged chunk exports something; chunks never did');
if ((joined.match(/\(import "__wasm_split" "memory"/g) ?? []).length !== 1) fail('the merged chunk must import one memory');
writeFileSync(join(work, `${MERGED}.wat`), joined);
execFileSync('wasm-as', [...FEATURES, join(work, `${MERGED}.wat`), '-o', merged]);
execFileSync('wasm-opt', ['-Oz', '--converge', ...FEATURES, merged, '-o', merged]);
for (const f of ['host.wat', 'host.wasm', `${MERGED}.wat`, ...small]) rmSync(join(work, f));

// The loader: one memoised load for the merged module, declared before the
// first chunk, and each merged chunk's name an alias of it.
const declaration = (name) => new RegExp(`const ${name} = makeLoad\\(\\(\\) => \\{[^]*?\\n\\}\\n, \\[\\]\\);`);
const template = loader.match(declaration(`__chunk_${number(small[0])}`))?.[0];
if (!template) fail(`no loader for ${small[0]}`);
for (const f of small) {
  const old = loader.match(declaration(`__chunk_${number(f)}`))?.[0];
  if (!old) fail(`no loader for ${f}`);
  loader = loader.replace(old, `const __chunk_${number(f)} = __${MERGED};`);
}
const shared = template
  .replace(`const __chunk_${number(small[0])} =`, `const __${MERGED} =`)
  .replace(`"./${small[0]}"`, `"./${MERGED}.wasm"`);
const at = loader.search(/\/\* [^\n]*\*\/\nconst __chunk_/);
if (at < 0) fail('no chunk loaders in the split loader');
loader = `${loader.slice(0, at)}/* the small shared chunks, merged by .ci/merge-chunks.mjs */\n${shared}\n${loader.slice(at)}`;
writeFileSync(loaderPath, loader);
console.log(`merge-chunks: ${small.length} chunks of at most ${limit} B merged into ${MERGED}.wasm (${statSync(merged).size} B)`);

function number(file) {
  return Number(file.match(/\d+/)[0]);
}

function fail(message) {
  console.error(`merge-chunks: ${message}`);
  process.exit(1);
}
