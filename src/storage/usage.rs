//! How full this site's localStorage is.
//!
//! Browsers give each site one quota for localStorage, shared by every key
//! on the site, QI Involve's and any other page's: about 5 million UTF-16
//! characters of keys and values together (Chromium allows 5,242,880).
//! We count against a round 5 million, so the warning comes a little early
//! rather than late.

use super::{Backend, StorageError};

/// The characters a site can keep, as we count them.
pub const QUOTA: usize = 5_000_000;

/// From this share of [`QUOTA`] used, every screen warns.
pub const WARN_PERCENT: usize = 80;

/// The prefix every QI Involve key starts with.
const OUR_PREFIX: &str = "qi-involve:";

/// What is stored, in UTF-16 characters of keys and values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Every key on the site.
    pub total: usize,
    /// QI Involve's keys alone.
    pub ours: usize,
}

impl Usage {
    /// The share of [`QUOTA`] used, in whole percent, rounded down so
    /// 79.9% does not read as 80%.
    pub fn percent(&self) -> usize {
        self.total.saturating_mul(100) / QUOTA
    }

    /// Whether the site is close enough to full to warn on every screen.
    pub fn nearly_full(&self) -> bool {
        self.percent() >= WARN_PERCENT
    }

    /// The sentence Settings shows.
    pub fn in_words(&self) -> String {
        if self.total == 0 {
            return "Nothing is stored on this device yet.".to_string();
        }
        let share = match self.percent() {
            0 if self.total > 0 => "less than 1%".to_string(),
            p => format!("{p}%"),
        };
        let mut line = format!(
            "Storage used on this device: {share} (about {} of the 5 million characters a browser allows).",
            characters(self.total)
        );
        if self.ours < self.total {
            line.push_str(&format!(
                " QI Involve's own data is {} of that.",
                characters(self.ours)
            ));
        }
        line
    }
}

/// A count of characters people can read: "900", "12 thousand", "4.1 million".
fn characters(n: usize) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=999_999 => format!("{} thousand", n.div_ceil(1_000)),
        _ => {
            let tenths = (n as u64 + 50_000) / 100_000;
            format!("{} million", crate::model::tenths::one_decimal(tenths))
        }
    }
}

/// Adds up every key and value on the site. One pass over the keys: call
/// it at start-up and after a save, never on each keystroke.
pub fn measure(backend: &dyn Backend) -> Result<Usage, StorageError> {
    let mut usage = Usage::default();
    for key in backend.keys()? {
        let units = key.encode_utf16().count() + backend.units(&key)?.unwrap_or(0);
        usage.total += units;
        if key.starts_with(OUR_PREFIX) {
            usage.ours += units;
        }
    }
    Ok(usage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryBackend;

    #[test]
    fn counts_every_key_and_value_in_utf16_characters() {
        let store = MemoryBackend::default();
        store.set("qi-involve:project:a", "é😀").unwrap();
        store
            .set("other-site-data", "x".repeat(1_000).as_str())
            .unwrap();
        let usage = measure(&store).unwrap();
        // 20 + 3 (an emoji is two), and 15 + 1,000.
        assert_eq!(
            usage,
            Usage {
                total: 1_038,
                ours: 23
            }
        );
        assert_eq!(measure(&MemoryBackend::default()), Ok(Usage::default()));
    }

    #[test]
    fn warns_from_80_percent() {
        let at = |total| Usage { total, ours: total };
        assert!(!at(3_999_999).nearly_full(), "79.99%");
        assert!(at(4_000_000).nearly_full());
        assert!(at(6_000_000).nearly_full());
        assert_eq!(at(4_100_000).percent(), 82);
    }

    #[test]
    fn reads_plainly() {
        let usage = Usage {
            total: 4_100_000,
            ours: 1_234_567,
        };
        assert_eq!(
            usage.in_words(),
            "Storage used on this device: 82% (about 4.1 million of the 5 million characters a browser \
             allows). QI Involve's own data is 1.2 million of that."
        );
        let ours = Usage {
            total: 12_345,
            ours: 12_345,
        };
        assert_eq!(
            ours.in_words(),
            "Storage used on this device: less than 1% (about 13 thousand of the 5 million characters a browser allows)."
        );
        assert_eq!(
            Usage::default().in_words(),
            "Nothing is stored on this device yet."
        );
        assert_eq!(characters(999), "999");
    }
}
