//! Reading packed text back (see `packed.rs` for the format). Any text
//! may come here, damaged or made to expand without end, so every step is
//! checked: it stops at a length limit and never panics.

use super::{UnpackError, Widths, BITS, OFFSET};

/// Reads bits back, in the order [`super::BitWriter`] wrote them: each
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

/// The text [`super::pack`] was given, if `packed` is its output and that text
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
