// Run by .ci/split: reads the split loader wasm-split-cli wrote (before it
// is minified) and prints, as JSON, each split point's files: its own
// module first, then the shared chunks it needs. .ci/prerender.mjs puts
// them into each route's page as preloads.
//
//   node .ci/split-manifest.mjs __wasm_split.js > manifest.json
import { readFileSync } from 'node:fs';

const loader = readFileSync(process.argv[2], 'utf8');
const file = (body) => body.match(/new URL\("\.\/([^"]+)"/)?.[1];
const chunks = new Map();
for (const m of loader.matchAll(/const (__chunk_\w+) = makeLoad\(\(\) => \{([^]*?)\n\}/g)) chunks.set(m[1], file(m[2]));
// Chunks .ci/merge-chunks.mjs joined: their names are aliases of the merged one.
for (const m of loader.matchAll(/const (__chunk_\w+) = (__chunk_\w+);/g)) chunks.set(m[1], chunks.get(m[2]));
const points = {};
for (const m of loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{([^]*?)\n\}\s*, \[([^\]]*)\]/g)) {
  const deps = m[3].split(',').map((d) => d.trim()).filter(Boolean);
  const files = [...new Set([file(m[2]), ...deps.map((d) => chunks.get(d))])];
  if (files.some((f) => !f)) throw new Error(`split-manifest: cannot read the files of ${m[1]}`);
  points[m[1]] = files;
}
if (!Object.keys(points).length) throw new Error('split-manifest: no split points in the loader');
console.log(JSON.stringify(points, null, 1));
