// Reading stored records in tests. Since project format 6 (kiosk format
// 2) a record's JSON is packed: `{"version":6,"packed":"…"}`, where the
// packed text is lz-string's compressToUTF16 output (see
// src/storage/packed.rs). This is an independent reader of that format,
// written from lz-string's decompressFromUTF16, so the tests also check
// the app's packing against a second implementation.

/** The text `packed` holds, or throws if it is damaged. */
export function unpack(packed) {
  const units = Array.from({ length: packed.length }, (_, i) => packed.charCodeAt(i) - 32);
  let index = 0;
  let value = units[index++];
  let mask = 1 << 14;
  const bits = (n) => {
    let out = 0;
    for (let i = 0; i < n; i += 1) {
      if (value === undefined) throw new Error('packed text ends too soon');
      if (value & mask) out |= 1 << i;
      mask >>= 1;
      if (mask === 0) {
        mask = 1 << 14;
        value = units[index++];
      }
    }
    return out;
  };
  const dict = [0, 1, 2];
  let width = 3;
  let left = 4;
  const grow = () => {
    left -= 1;
    if (left === 0) {
      left = 2 ** width;
      width += 1;
    }
  };
  const first = bits(2);
  if (first === 2) return '';
  let w = String.fromCharCode(bits(first === 0 ? 8 : 16));
  dict.push(w);
  const out = [w];
  for (;;) {
    let code = bits(width);
    if (code === 0 || code === 1) {
      dict.push(String.fromCharCode(bits(code === 0 ? 8 : 16)));
      code = dict.length - 1;
      grow();
    } else if (code === 2) {
      return out.join('');
    }
    let entry;
    if (code < dict.length) entry = dict[code];
    else if (code === dict.length) entry = w + w[0];
    else throw new Error('packed text is damaged');
    out.push(entry);
    dict.push(w + entry[0]);
    grow();
    w = entry;
  }
}

/** A stored project's envelope as format 5 had it: `{ version, project }`. */
export function readRecord(raw) {
  const envelope = JSON.parse(raw);
  if (typeof envelope.packed === 'string') {
    return { version: envelope.version, project: JSON.parse(unpack(envelope.packed)) };
  }
  return envelope;
}

/** A stored kiosk record's data (`{ wording, responses }`). */
export function readKiosk(raw) {
  const envelope = JSON.parse(raw);
  return typeof envelope.packed === 'string' ? JSON.parse(unpack(envelope.packed)) : envelope.value;
}
