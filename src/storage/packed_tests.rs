use super::*;
use proptest::prelude::*;

const LIMIT: usize = 1 << 20;

#[test]
fn packs_a_record_into_fewer_characters_and_back() {
    let json = r#"{"id":"a1","said":"“Call bells” are out of reach at night,\nso people get up alone.","changed":"Bells are clipped to the bed rail."}"#.repeat(20);
    let packed = pack(&json);
    assert!(
        packed.encode_utf16().count() * 5 < json.encode_utf16().count(),
        "{packed}"
    );
    assert_eq!(unpack(&packed, LIMIT), Ok(json));
    assert_eq!(unpack(&pack(""), LIMIT), Ok(String::new()));
}

#[test]
fn every_packed_character_is_printable_and_never_a_surrogate() {
    let text: String = (0..=0xFFFFu32)
        .filter_map(char::from_u32)
        .chain(['😀', '\u{10FFFF}'])
        .collect();
    let packed = pack(&text);
    assert!(packed.chars().all(|c| (' '..='\u{801F}').contains(&c)));
    assert_eq!(unpack(&packed, LIMIT), Ok(text));
}

/// A few characters that would unpack to far more than the limit are
/// refused at once, without building the whole output.
#[test]
fn a_decompression_bomb_is_refused_quickly() {
    let huge = "a".repeat(4_000_000);
    let packed = pack(&huge);
    assert!(packed.len() < 10_000, "{} characters", packed.len());
    let started = std::time::Instant::now();
    assert_eq!(unpack(&packed, 1_500_000), Err(UnpackError::TooLong));
    assert!(started.elapsed().as_secs() < 2);
    assert_eq!(unpack(&packed, 4_000_000).map(|t| t.len()), Ok(4_000_000));
}

#[test]
fn damaged_text_is_refused() {
    let packed = pack("Reducing falls on Ward 7");
    // Cut short: the end mark is missing.
    let cut: String = packed.chars().take(packed.chars().count() / 2).collect();
    assert_eq!(unpack(&cut, LIMIT), Err(UnpackError::Damaged));
    // A character no packing writes.
    assert_eq!(unpack("\u{1}abc", LIMIT), Err(UnpackError::Damaged));
    assert_eq!(unpack("😀", LIMIT), Err(UnpackError::Damaged));
    assert_eq!(unpack("", LIMIT), Err(UnpackError::Damaged));
}

proptest! {
    /// The same text lz-string (here the lz-str crate) makes, so a record
    /// can be read by hand with that library.
    #[test]
    fn packs_exactly_as_lz_string_does(text in "(\\PC|[\"\\\\\n\t\u{0}\u{1F}😀])*") {
        let packed = pack(&text);
        prop_assert_eq!(&packed, &lz_str::compress_to_utf16(text.as_str()));
        prop_assert_eq!(unpack(&packed, LIMIT), Ok(text));
    }

    #[test]
    fn any_text_survives(text in any::<String>()) {
        prop_assert_eq!(unpack(&pack(&text), LIMIT), Ok(text));
    }

    /// Whatever the stored text, reading it ends, within the limit,
    /// without a panic.
    #[test]
    fn noise_never_panics_or_passes_the_limit(text in "[ -\u{801F}]{0,300}") {
        if let Ok(out) = unpack(&text, 5_000) {
            prop_assert!(out.encode_utf16().count() <= 5_000);
        }
    }
}
