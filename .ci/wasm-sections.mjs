// The little of the wasm binary format the build's post-processing needs
// (.ci/short-imports.mjs, .ci/dead-exports.mjs): LEB128 numbers, names,
// and swapping one section's contents for new ones.

/** An unsigned LEB128 number at `at`: [value, where it ends]. */
export function readU32(buf, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

/** `value` as an unsigned LEB128 number. */
export function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** A name (length, then UTF-8) at `at`: [text, where it ends]. */
export function readName(buf, at) {
  const [len, start] = readU32(buf, at);
  return [buf.subarray(start, start + len).toString('utf8'), start + len];
}

/** `text` as a name. */
export function encodeName(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
}

/** The module with section `id`'s contents replaced by what `edit` makes
 * of them (given the module and where they start and end); null if the
 * module has no such section. */
export function editSection(wasm, id, edit) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  let found = false;
  let at = 8;
  while (at < wasm.length) {
    const [size, bodyStart] = readU32(wasm, at + 1);
    const end = bodyStart + size;
    if (wasm[at] === id) {
      found = true;
      const body = edit(wasm, bodyStart, end);
      parts.push(Buffer.from([id]), u32(body.length), body);
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  return found ? Buffer.concat(parts) : null;
}

/** The module without the custom sections whose names `drop` accepts. */
export function withoutCustomSections(wasm, drop) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const [size, bodyStart] = readU32(wasm, at + 1);
    const end = bodyStart + size;
    if (wasm[at] !== 0 || !drop(readName(wasm, bodyStart)[0])) parts.push(wasm.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}
