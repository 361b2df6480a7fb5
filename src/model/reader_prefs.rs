//! How a person likes to read the induction guide on this device, and how
//! far they have got.

use serde::{Deserialize, Serialize};

/// Text sizes the viewer offers, smallest first.
pub const TEXT_SIZES: [&str; 4] = ["Standard", "Large", "Larger", "Largest"];

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReaderPrefs {
    /// An index into [`TEXT_SIZES`].
    pub text_size: usize,
    pub high_contrast: bool,
    /// Ids of the sections opened, for each version.
    pub read_standard: Vec<String>,
    pub read_easy: Vec<String>,
}

impl ReaderPrefs {
    /// The text size, kept within the offered range whatever was stored.
    pub fn size(&self) -> usize {
        self.text_size.min(TEXT_SIZES.len() - 1)
    }

    /// The sections read in one version.
    pub fn read(&self, easy: bool) -> &Vec<String> {
        if easy {
            &self.read_easy
        } else {
            &self.read_standard
        }
    }

    /// Records that a section was opened; returns whether that is news.
    pub fn mark_read(&mut self, easy: bool, id: &str) -> bool {
        let list = if easy {
            &mut self.read_easy
        } else {
            &mut self.read_standard
        };
        if list.iter().any(|r| r == id) {
            return false;
        }
        list.push(id.to_string());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_progress_and_sizes() {
        let mut p = ReaderPrefs {
            text_size: 99,
            ..ReaderPrefs::default()
        };
        assert_eq!(p.size(), 3);
        assert!(p.mark_read(false, "what-is-qi"));
        assert!(!p.mark_read(false, "what-is-qi"));
        assert!(p.mark_read(true, "what-is-qi"));
        assert_eq!(p.read(false).len(), 1);
        assert_eq!(p.read(true).len(), 1);
    }
}
