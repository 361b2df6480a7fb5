// Takes the linker's relocation sections out of a module cargo wrote.
// .cargo/config.toml links every wasm with --emit-relocs, which .ci/split
// needs to cut the app's module at its split points; the kiosk app
// (.ci/kiosk-app) has none, and binaryen cannot optimise a module that
// still carries them ("linking section is present").
//
//   node .ci/drop-relocs.mjs in.wasm out.wasm
import { readFileSync, writeFileSync } from 'node:fs';
import { withoutCustomSections } from './wasm-sections.mjs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node .ci/drop-relocs.mjs in.wasm out.wasm');
  process.exit(2);
}
const before = readFileSync(input);
const after = withoutCustomSections(before, (name) => name === 'linking' || name.startsWith('reloc.'));
writeFileSync(output, after);
console.log(`drop-relocs: ${before.length - after.length} bytes of relocations taken out`);
