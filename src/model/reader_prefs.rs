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

    /// Forgets everything about the last reader (progress, text size and
    /// contrast) before the tablet is handed to someone new; returns
    /// whether there was anything to forget.
    pub fn start_again(&mut self) -> bool {
        let changed = *self != ReaderPrefs::default();
        *self = ReaderPrefs::default();
        changed
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

    #[test]
    fn start_again_forgets_progress_size_and_contrast() {
        let mut p = ReaderPrefs {
            text_size: 3,
            high_contrast: true,
            ..ReaderPrefs::default()
        };
        p.mark_read(false, "what-is-qi");
        p.mark_read(true, "support");
        assert!(p.start_again());
        assert_eq!(p, ReaderPrefs::default());
        assert!(p.read(false).is_empty() && p.read(true).is_empty());
        assert!(!p.start_again());
    }
}
