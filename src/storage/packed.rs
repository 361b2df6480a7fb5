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

/// Reads bits back, in the order [`BitWriter`] wrote them: each
/// character's bits from its highest, and each code's from its lowest.
///
/// A thousand projects unpack at start-up, so this is written for speed
/// under the size-first release build (`opt-level = "z"`, which inlines
/// little): it walks the packed text's UTF-8 bytes itself and keeps up to
/// 64 bits in hand, each character's bits already turned round, so a code
/// is usually one mask and one shift.
struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
    /// Bits not yet read, the next one lowest.
    held: u64,
    /// How many bits `held` has.
    count: u32,
}

impl BitReader<'_> {
    /// The next character's 15 bits, turned round. Packed text holds only
    /// U+0020 to U+801F (one to three bytes of UTF-8); anything else, a
    /// four-byte character included, is damage.
    #[inline(always)]
    fn next_char(&mut self) -> Result<u64, UnpackError> {
        let b = self.bytes;
        let at = self.at;
        let byte = |k: usize| {
            b.get(at + k)
                .map(|x| u32::from(*x))
                .ok_or(UnpackError::Damaged)
        };
        let lead = byte(0)?;
        let (unit, len) = if lead < 0x80 {
            (lead, 1)
        } else if lead < 0xE0 {
            (((lead & 0x1F) << 6) | (byte(1)? & 0x3F), 2)
        } else if lead < 0xF0 {
            let unit = ((lead & 0x0F) << 12) | ((byte(1)? & 0x3F) << 6) | (byte(2)? & 0x3F);
            (unit, 3)
        } else {
            return Err(UnpackError::Damaged);
        };
        self.at = at + len;
        let value = unit
            .checked_sub(OFFSET)
            .filter(|v| *v < 1 << BITS)
            .ok_or(UnpackError::Damaged)?;
        Ok(u64::from(value.reverse_bits() >> (32 - BITS)))
    }

    /// The next `bits` bits (at most 30) as a code, its first bit lowest.
    #[inline(always)]
    fn read(&mut self, bits: u32) -> Result<u32, UnpackError> {
        while self.count < bits {
            self.held |= self.next_char()? << self.count;
            self.count += BITS;
        }
        let code = (self.held & ((1 << bits) - 1)) as u32;
        self.held >>= bits;
        self.count -= bits;
        Ok(code)
    }
}

/// One dictionary entry, as a place in the text unpacked so far: every
/// entry is a piece of that text, so it costs two numbers however long it
/// is, and writing it out is one copy.
#[derive(Clone, Copy)]
struct Entry {
    start: usize,
    len: usize,
}

/// The text [`pack`] was given, if `packed` is its output and that text
/// is no longer than `max_units` UTF-16 units.
pub fn unpack(packed: &str, max_units: usize) -> Result<String, UnpackError> {
    let mut input = BitReader {
        bytes: packed.as_bytes(),
        at: 0,
        held: 0,
        count: 0,
    };
    let literal = |input: &mut BitReader, marker: u32| -> Result<u16, UnpackError> {
        let unit = input.read(if marker == 0 { 8 } else { 16 })?;
        u16::try_from(unit).map_err(|_| UnpackError::Damaged)
    };
    // Codes 0 to 2 are the markers; they never name an entry.
    let mut dict = vec![Entry { start: 0, len: 0 }; 3];
    dict.reserve(packed.len());
    let mut out = Output {
        // About four units for each packed byte is what a record usually
        // unpacks to: room for that means the text is seldom copied as it
        // grows.
        units: Vec::with_capacity(packed.len().saturating_mul(4).min(max_units)),
        max: max_units,
    };
    let mut w = Widths {
        next_code: 0,
        bits: 2,
        left: 0,
    };
    let first = match input.read(w.bits)? {
        m @ (0 | 1) => literal(&mut input, m)?,
        2 => return Ok(String::new()),
        _ => return Err(UnpackError::Damaged),
    };
    out.push(first)?;
    dict.push(Entry { start: 0, len: 1 });
    // Where the text written last starts, and its length: each new entry
    // is that text and the first unit of the text written next, which
    // follows it directly in `out`.
    let mut last = Entry { start: 0, len: 1 };
    w.bits = 3;
    w.left = 4;
    loop {
        // Wider codes than this would need more entries than any input
        // within localStorage could make.
        if w.bits > 30 {
            return Err(UnpackError::Damaged);
        }
        let code = input.read(w.bits)? as usize;
        let grown = Entry {
            start: last.start,
            len: last.len + 1,
        };
        let start = out.units.len();
        let written = match code {
            0 | 1 => {
                let unit = literal(&mut input, code as u32)?;
                out.push(unit)?;
                dict.push(Entry { start, len: 1 });
                w.used_one();
                1
            }
            2 => break,
            // The entry being defined: the text written last and its own
            // first unit.
            _ if code == dict.len() => {
                out.copy(last)?;
                out.push(out.units[last.start])?;
                grown.len
            }
            _ => {
                let entry = *dict.get(code).ok_or(UnpackError::Damaged)?;
                out.copy(entry)?;
                entry.len
            }
        };
        dict.push(grown);
        w.used_one();
        last = Entry {
            start,
            len: written,
        };
    }
    utf8(&out.units)
}

/// The text unpacked so far, never more than `max` units.
struct Output {
    units: Vec<u16>,
    max: usize,
}

impl Output {
    /// Refuses to grow past `max`.
    #[inline(always)]
    fn room(&self, more: usize) -> Result<(), UnpackError> {
        if self.units.len().saturating_add(more) > self.max {
            Err(UnpackError::TooLong)
        } else {
            Ok(())
        }
    }

    #[inline(always)]
    fn push(&mut self, unit: u16) -> Result<(), UnpackError> {
        self.room(1)?;
        self.units.push(unit);
        Ok(())
    }

    /// Writes out again the text `entry` names, which is earlier text.
    #[inline(always)]
    fn copy(&mut self, entry: Entry) -> Result<(), UnpackError> {
        self.room(entry.len)?;
        self.units
            .extend_from_within(entry.start..entry.start + entry.len);
        Ok(())
    }
}

/// `units` as a string, if they are UTF-16. A record's JSON is nearly all
/// ASCII, which is copied a byte at a time; the rest, from the first other
/// unit, goes through the standard decoder.
fn utf8(units: &[u16]) -> Result<String, UnpackError> {
    let mut bytes = vec![0; units.len()];
    let mut ascii = 0;
    while ascii < units.len() && units[ascii] < 0x80 {
        bytes[ascii] = units[ascii] as u8;
        ascii += 1;
    }
    bytes.truncate(ascii);
    let mut text = String::from_utf8(bytes).map_err(|_| UnpackError::Damaged)?;
    text.push_str(&String::from_utf16(&units[ascii..]).map_err(|_| UnpackError::Damaged)?);
    Ok(text)
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
