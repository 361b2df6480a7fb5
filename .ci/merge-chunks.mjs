// Run by .ci/split, after wasm-opt: merges wasm-split's small shared chunks
// into a few modules, and points the split loader at them.
//
//   node .ci/merge-chunks.mjs <work dir> <largest chunk to merge, bytes>
//
// Why: wasm-split makes one chunk for each set of split points that share
// code, so the app has some 130 chunks and a screen needs 50 to 100 of
// them, most under 2 KB. Each costs a request, a fetch call on the main
// thread at start-up and an instantiation, and compresses badly alone:
// the small ones are 46 KB of brotli as separate files and 17 KB as one.
//
// Which go together: in one module, each screen downloaded the code of
// the others as well, 41 to 63% of that module's bytes (before wasm-opt).
// So they are grouped by the split points that need them: starting from one
// group per set of split points, the two groups whose joining saves the most
// are joined, until no join saves anything. A join saves a file for each
// split point that needs both, and costs every split point that needs only
// one of them the other's bytes; a file is counted as QI_MERGE_FILE_COST
// bytes (see FILE_COST). The split points that make a screen whole when it
// is first seen (QI_FIRST_SPLIT_POINTS: .ci/split lists them) count four
// times as much (LATER_WEIGHT) as those fetched later still (the tails
// below a screen's fold, the rare banners, the new-project form, the update
// prompt), whose bytes no first sight waits for.
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

// The wasm features the modules use, as .ci/wasm-opt.sh sets them.
const FEATURES = (process.env.QI_WASM_FEATURES ?? '').split(/\s+/).filter(Boolean);
if (!FEATURES.length) fail('QI_WASM_FEATURES is not set (.ci/split sources .ci/wasm-opt.sh)');
const MERGED = 'chunk_shared';
// What one more file costs a screen, in bytes of optimised wasm (about a
// third of that in brotli): the worse compression of a small file, the
// request and its instantiation. Of the costs and weights tried on the
// build of this change (each grouping's files concatenated and compressed),
// 6,000 and a quarter gave the five data screens the fewest bytes: 39 KB of
// brotli less in all than one merged module, counting 1 KB per file.
const FILE_COST = Number(process.env.QI_MERGE_FILE_COST ?? 6000);
const FIRST_POINTS = new Set((process.env.QI_FIRST_SPLIT_POINTS ?? '').split(/\s+/).filter(Boolean));
const LATER_WEIGHT = 0.25;
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

const groups = grouped(small, splitPoints(loader)).filter((g) => g.length > 1);
groups.forEach((group, i) => merge(group, groups.length > 1 ? `${MERGED}_${i + 1}` : MERGED));
for (const f of ['host.wat', 'host.wasm']) rmSync(join(work, f));
writeFileSync(loaderPath, loader);

/** Joins the chunk files `group` into `name`.wasm and makes the loader's
 * names for them aliases of its one memoised load. */
function merge(group, name) {
  const merged = join(work, `${name}.wasm`);
  execFileSync('wasm-merge', [...FEATURES, join(work, 'host.wasm'), '__wasm_split',
    ...group.flatMap((f) => [join(work, f), f.replace('.wasm', '')]), '-o', merged]);

  // The host's imports become the chunks' own again; its exports go.
  const joined = text(merged)
    .replaceAll(`(import "${HOST}" `, '(import "__wasm_split" ')
    .replace(/^ \(export "(memory|__indirect_function_table|__wasm_split_shared0)" [^\n]*\n/gm, '');
  if (/\(export /.test(joined)) fail('the merged chunk exports something; chunks never did');
  if ((joined.match(/\(import "__wasm_split" "memory"/g) ?? []).length !== 1) fail('the merged chunk must import one memory');
  writeFileSync(join(work, `${name}.wat`), joined);
  execFileSync('wasm-as', [...FEATURES, join(work, `${name}.wat`), '-o', merged]);
  execFileSync('wasm-opt', ['-Oz', '--converge', ...FEATURES, merged, '-o', merged]);
  for (const f of [`${name}.wat`, ...group]) rmSync(join(work, f));

  // One memoised load for the merged module, declared before the first
  // chunk, and each merged chunk's name an alias of it.
  const declaration = (chunk) => new RegExp(`const ${chunk} = makeLoad\\(\\(\\) => \\{[^]*?\\n\\}\\n, \\[\\]\\);`);
  const template = loader.match(declaration(`__chunk_${number(group[0])}`))?.[0];
  if (!template) fail(`no loader for ${group[0]}`);
  for (const f of group) {
    const old = loader.match(declaration(`__chunk_${number(f)}`))?.[0];
    if (!old) fail(`no loader for ${f}`);
    loader = loader.replace(old, `const __chunk_${number(f)} = __${name};`);
  }
  const shared = template
    .replace(`const __chunk_${number(group[0])} =`, `const __${name} =`)
    .replace(`"./${group[0]}"`, `"./${name}.wasm"`);
  const at = loader.search(/\/\* [^\n]*\*\/\nconst __chunk_/);
  if (at < 0) fail('no chunk loaders in the split loader');
  loader = `${loader.slice(0, at)}/* small shared chunks, merged by .ci/merge-chunks.mjs */\n${shared}\n${loader.slice(at)}`;
  console.log(`merge-chunks: ${group.length} chunks of at most ${limit} B merged into ${name}.wasm (${statSync(merged).size} B)`);
}

/** Each split point's chunks, by file name, from the loader, and how much
 * its bytes weigh. */
function splitPoints(source) {
  const points = [...source.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{[^]*?\n\}\s*, \[([^\]]*)\]/g)]
    .map((m) => ({
      chunks: new Set(m[2].split(',').map((d) => d.trim()).filter(Boolean).map((d) => `${d.replace(/^__/, '')}.wasm`)),
      weight: FIRST_POINTS.has(m[1]) ? 1 : LATER_WEIGHT,
    }));
  if (!points.length) fail('no split points in the split loader');
  const unknown = [...FIRST_POINTS].filter((name) => !source.includes(`__wasm_split_load_${name} =`));
  if (unknown.length) fail(`QI_FIRST_SPLIT_POINTS names no split point: ${unknown.join(', ')}`);
  return points;
}

/** `chunks` in groups (see the top of this file for how). */
function grouped(chunks, points) {
  const size = (f) => statSync(join(work, f)).size;
  const bySet = new Map();
  for (const f of chunks) {
    const users = points.flatMap((p, i) => (p.chunks.has(f) ? [i] : []));
    const key = users.join(',');
    if (!bySet.has(key)) bySet.set(key, { users: new Set(users), bytes: 0, files: [] });
    const g = bySet.get(key);
    g.bytes += size(f);
    g.files.push(f);
  }
  let all = [...bySet.values()];
  // What joining a and b changes, summed over the split points.
  const change = (a, b) => points.reduce((sum, { weight }, p) => {
    const [inA, inB] = [a.users.has(p), b.users.has(p)];
    return sum + weight * (inA && inB ? -FILE_COST : inA ? b.bytes : inB ? a.bytes : 0);
  }, 0);
  for (;;) {
    let best = null;
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const saves = -change(all[i], all[j]);
        if (saves > 0 && (!best || saves > best.saves)) best = { i, j, saves };
      }
    }
    if (!best) break;
    const [a, b] = [all[best.i], all[best.j]];
    all = all.filter((g) => g !== a && g !== b);
    all.push({ users: new Set([...a.users, ...b.users]), bytes: a.bytes + b.bytes, files: [...a.files, ...b.files] });
  }
  return all.sort((a, b) => b.bytes - a.bytes).map((g) => g.files.sort((x, y) => number(x) - number(y)));
}

function number(file) {
  return Number(file.match(/\d+/)[0]);
}

function fail(message) {
  console.error(`merge-chunks: ${message}`);
  process.exit(1);
}
