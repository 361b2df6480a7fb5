//! Packs a record's JSON into fewer UTF-16 characters, so a whole
//! portfolio fits in one browser's localStorage (about 5 million
//! characters per site; see `capacity_tests.rs`).
//!
//! The packed text is exactly what lz-string's `compressToUTF16` makes
//! (LZW, 15 bits in each character, offset by 32, then a space), so a
//! record can be read by hand with that well-known library:
//! `LZString.decompressFromUTF16(JSON.parse(raw).packed)`. Every character
//! is between U+0020 and U+801F: never a surrogate, so the text survives
//! localStorage and JSON unchanged. The tests check it against the
//! `lz-str` crate.
//!
//! It is written here rather than taken from that crate because reading
//! must be safe on any text: LZW can expand a few characters into a vast
//! output (a "decompression bomb"), so [`unpack`] stops at a limit, keeps
//! its dictionary as links rather than copies, and never panics.

/// Bits carried by each packed character.
const BITS: u32 = 15;
/// Added to each 15-bit value, so no character is a control character.
const OFFSET: u32 = 32;

/// Why packed text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnpackError {
    /// It is not text [`pack`] could have made.
    Damaged,
    /// It would unpack to more than the limit allows.
    TooLong,
}

/// Writes codes as bits, low bit first, into 15-bit characters.
struct BitWriter {
    out: String,
    value: u32,
    filled: u32,
}

impl BitWriter {
    fn write(&mut self, bits: u32, mut value: u32) {
        for _ in 0..bits {
            self.value = (self.value << 1) | (value & 1);
            value >>= 1;
            self.filled += 1;
            if self.filled == BITS {
                self.flush_char();
            }
        }
    }

    fn flush_char(&mut self) {
        // Below 2^15 + 32, so never a surrogate: always a char.
        self.out.extend(char::from_u32(self.value + OFFSET));
        self.value = 0;
        self.filled = 0;
    }
}

/// The LZW state both directions share: the next code and its width.
struct Widths {
    next_code: u32,
    bits: u32,
    /// Codes left before the width grows.
    left: u32,
}

impl Widths {
    fn used_one(&mut self) {
        self.left -= 1;
        if self.left == 0 {
            self.left = 1 << self.bits;
            self.bits += 1;
        }
    }
}

/// A hash table from a key to a code, with open addressing: all `pack`
/// needs, and much smaller in the .wasm than a std map.
struct Codes {
    keys: Vec<u64>,
    values: Vec<u32>,
    len: usize,
}

/// Marks a free slot; no key is this.
const FREE: u64 = u64::MAX;
/// A single unit's key: the unit with this bit, apart from every
/// sequence's key (its prefix code below 2^31, shifted by 16).
const SINGLE: u64 = 1 << 48;
/// Set in a single unit's code until the unit has been written in full.
const PENDING: u32 = 1 << 31;

impl Codes {
    fn slot(&self, key: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
        while self.keys[at] != FREE && self.keys[at] != key {
            at = (at + 1) & mask;
        }
        at
    }

    fn get(&self, key: u64) -> Option<u32> {
        let at = self.slot(key);
        (self.keys[at] == key).then(|| self.values[at])
    }

    fn set(&mut self, key: u64, value: u32) {
        if (self.len + 1) * 2 > self.keys.len() {
            let old = std::mem::replace(
                self,
                Codes {
                    keys: vec![FREE; self.keys.len() * 2],
                    values: vec![0; self.keys.len() * 2],
                    len: 0,
                },
            );
            for (k, v) in old.keys.into_iter().zip(old.values) {
                if k != FREE {
                    self.set(k, v);
                }
            }
        }
        let at = self.slot(key);
        if self.keys[at] == FREE {
            self.len += 1;
        }
        self.keys[at] = key;
        self.values[at] = value;
    }
}

/// `text` packed (see the module comment).
pub fn pack(text: &str) -> String {
    let mut out = BitWriter {
        out: String::new(),
        value: 0,
        filled: 0,
    };
    // The code of each single unit (with PENDING until it has been written
    // out in full once) and of each longer sequence, keyed by the code of
    // all but its last unit and that unit.
    let mut codes = Codes {
        keys: vec![FREE; 256],
        values: vec![0; 256],
        len: 0,
    };
    let mut w = Widths {
        next_code: 3,
        bits: 2,
        left: 2,
    };
    // The sequence being grown: its code, and its unit if it is one.
    let mut current: Option<(u32, Option<u16>)> = None;
    let emit = |(code, unit): (u32, Option<u16>),
                codes: &mut Codes,
                w: &mut Widths,
                out: &mut BitWriter| {
        let single = unit.map(|u| SINGLE | u64::from(u));
        match (unit, single.and_then(|k| codes.get(k))) {
            (Some(unit), Some(pending)) if pending & PENDING != 0 => {
                codes.set(SINGLE | u64::from(unit), pending & !PENDING);
                if unit < 256 {
                    out.write(w.bits, 0);
                    out.write(8, u32::from(unit));
                } else {
                    out.write(w.bits, 1);
                    out.write(16, u32::from(unit));
                }
                w.used_one();
            }
            _ => out.write(w.bits, code),
        }
        w.used_one();
    };
    for unit in text.encode_utf16() {
        let unit_code = match codes.get(SINGLE | u64::from(unit)) {
            Some(code) => code & !PENDING,
            None => {
                codes.set(SINGLE | u64::from(unit), w.next_code | PENDING);
                w.next_code += 1;
                w.next_code - 1
            }
        };
        current = Some(match current {
            None => (unit_code, Some(unit)),
            Some(cur) => {
                let key = u64::from(cur.0) << 16 | u64::from(unit);
                if let Some(longer) = codes.get(key) {
                    (longer, None)
                } else {
                    emit(cur, &mut codes, &mut w, &mut out);
                    codes.set(key, w.next_code);
                    w.next_code += 1;
                    (unit_code, Some(unit))
                }
            }
        });
    }
    if let Some(cur) = current {
        emit(cur, &mut codes, &mut w, &mut out);
    }
    // The end mark, then zeros up to and including the end of a
    // character (a whole one if the mark ended exactly on a boundary, as
    // lz-string does).
    out.write(w.bits, 2);
    out.write(1, 0);
    while out.filled != 0 {
        out.write(1, 0);
    }
    out.out.push(' ');
    out.out
}

// Reading, kept apart: it must be safe on any text and fast at start-up.
#[path = "packed_read.rs"]
mod read;
pub use read::unpack;

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
