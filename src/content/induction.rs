//! The induction guide for service users and carers joining a QI project,
//! in a standard and an easy-read version.
//!
//! The words live in `content/induction.md` and
//! `content/induction-easy-read.md`; `build.rs` checks them and generates the
//! `STANDARD` and `EASY_READ` statics included below. Easy-read sections use
//! the same ids as their standard sections, so a reader can switch version
//! and stay in the same place.

/// One section of the guide, such as "Payment, vouchers and expenses".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable id (lowercase, hyphens), shared by both versions.
    pub id: &'static str,
    pub title: &'static str,
    pub blocks: &'static [Block],
}

/// A piece of a section, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Paragraph(&'static str),
    /// A bulleted list, one string per item.
    List(&'static [&'static str]),
    /// Jargon-buster entries: (term, definition).
    Glossary(&'static [(&'static str, &'static str)]),
    /// Text to highlight, such as the caution about welfare benefits.
    Note(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/induction_content.rs"));

/// Finds a section by id, with its position (for "section 3 of 10").
pub fn section<'a>(version: &'a [Section], id: &str) -> Option<(usize, &'a Section)> {
    version.iter().enumerate().find(|(_, s)| s.id == id)
}

/// Words in a section's blocks (not its title), counting glossary terms too.
pub fn word_count(section: &Section) -> usize {
    let words = |text: &str| {
        text.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    section
        .blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(text) | Block::Note(text) => words(text),
            Block::List(items) => items.iter().map(|i| words(i)).sum(),
            Block::Glossary(entries) => entries.iter().map(|(t, d)| words(t) + words(d)).sum(),
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIN_IDS: [&str; 9] = [
        "what-is-qi",
        "little-i-big-i",
        "model-for-improvement",
        "your-role",
        "meetings",
        "support",
        "payment",
        "confidentiality",
        "concerns",
    ];

    const STANDARD_IDS: [&str; 10] = [
        "what-is-qi",
        "little-i-big-i",
        "model-for-improvement",
        "your-role",
        "meetings",
        "jargon-buster",
        "support",
        "payment",
        "confidentiality",
        "concerns",
    ];

    fn ids(version: &[Section]) -> Vec<&str> {
        version.iter().map(|s| s.id).collect()
    }

    /// Each list item and glossary definition is read on its own, so each is
    /// its own run of text for sentence counting; glossary terms are labels.
    fn pieces(version: &[Section]) -> Vec<&'static str> {
        let mut out = Vec::new();
        for block in version.iter().flat_map(|s| s.blocks) {
            match block {
                Block::Paragraph(t) | Block::Note(t) => out.push(*t),
                Block::List(items) => out.extend_from_slice(items),
                Block::Glossary(entries) => out.extend(entries.iter().map(|(_, d)| *d)),
            }
        }
        out
    }

    /// (words, sentences), splitting sentences on `.`, `!` and `?`.
    fn readability(version: &[Section]) -> (usize, usize) {
        let has_word = |t: &str| t.chars().any(char::is_alphanumeric);
        pieces(version)
            .iter()
            .fold((0, 0), |(words, sentences), piece| {
                let w = piece.split_whitespace().filter(|w| has_word(w)).count();
                let s = piece.split(['.', '!', '?']).filter(|s| has_word(s)).count();
                (words + w, sentences + s)
            })
    }

    fn average_sentence_length(version: &[Section]) -> f64 {
        let (words, sentences) = readability(version);
        println!("{words} words, {sentences} sentences");
        words as f64 / sentences as f64
    }

    #[test]
    fn both_versions_have_sections_with_titles_and_non_empty_blocks() {
        for version in [STANDARD, EASY_READ] {
            assert!(!version.is_empty());
            for s in version {
                assert!(!s.title.trim().is_empty(), "{} has no title", s.id);
                assert!(!s.blocks.is_empty(), "{} has no blocks", s.id);
                for block in s.blocks {
                    let empty = match block {
                        Block::Paragraph(t) | Block::Note(t) => t.trim().is_empty(),
                        Block::List(items) => {
                            items.is_empty() || items.iter().any(|i| i.trim().is_empty())
                        }
                        Block::Glossary(entries) => {
                            entries.is_empty()
                                || entries
                                    .iter()
                                    .any(|(t, d)| t.trim().is_empty() || d.trim().is_empty())
                        }
                    };
                    assert!(!empty, "{} has an empty block: {block:?}", s.id);
                }
            }
        }
    }

    #[test]
    fn ids_are_unique_and_easy_read_ids_are_a_subset() {
        for version in [STANDARD, EASY_READ] {
            let mut sorted = ids(version);
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), version.len(), "duplicate ids");
        }
        let standard = ids(STANDARD);
        let easy = ids(EASY_READ);
        assert!(
            easy.iter().all(|id| standard.contains(id)),
            "{easy:?} not within {standard:?}"
        );
        for id in MAIN_IDS {
            assert!(easy.contains(&id), "easy-read lacks {id}");
        }
    }

    #[test]
    fn standard_has_the_ten_sections_in_order() {
        assert_eq!(ids(STANDARD), STANDARD_IDS);
    }

    #[test]
    fn jargon_buster_has_at_least_twelve_terms() {
        let (_, jargon) = section(STANDARD, "jargon-buster").expect("jargon buster");
        let terms: usize = jargon
            .blocks
            .iter()
            .map(|b| match b {
                Block::Glossary(entries) => entries.len(),
                _ => 0,
            })
            .sum();
        assert!(terms >= 12, "only {terms} terms");
    }

    #[test]
    fn section_finds_by_id_with_position() {
        let (index, found) = section(STANDARD, "payment").expect("payment");
        assert_eq!(STANDARD[index], *found);
        assert_eq!(found.id, "payment");
        assert!(section(EASY_READ, "no-such-section").is_none());
    }

    #[test]
    fn word_counts_are_in_range() {
        for (name, version, range) in [
            ("standard", STANDARD, 100..=300),
            ("easy-read", EASY_READ, 30..=120),
        ] {
            for s in version {
                let n = word_count(s);
                println!("{name} {}: {n}", s.id);
                assert!(range.contains(&n), "{name} {} has {n} words", s.id);
            }
        }
    }

    #[test]
    fn sentences_are_short() {
        let standard = average_sentence_length(STANDARD);
        let easy = average_sentence_length(EASY_READ);
        println!("average words per sentence: standard {standard:.1}, easy-read {easy:.1}");
        assert!(
            standard < 15.0,
            "standard averages {standard:.1} words per sentence"
        );
        assert!(
            easy < 10.0,
            "easy-read averages {easy:.1} words per sentence"
        );
    }
}
