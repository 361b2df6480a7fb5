//! When this device last made a backup, so Settings and the Dashboard can
//! say "Last backup: …" and a reminder can appear when it is overdue.
//!
//! Stored under [`LAST_BACKUP_KEY`] as `{"version":1,"value":<Unix ms>}`.
//! Anything else there (damaged, or from a newer build) reads as "never":
//! the worst that can do is show a reminder too early.

#![warn(missing_docs)]

use super::{envelope, Backend, StorageError};

/// The key the record lives under.
pub const LAST_BACKUP_KEY: &str = "qi-involve:last-backup";

/// The version of the record this build writes.
pub const LAST_BACKUP_VERSION: u64 = 1;

/// How long without a backup before the reminder shows: 14 days.
pub const REMIND_AFTER_MS: i64 = 14 * DAY_MS;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// When the last backup was made (Unix ms), or `None` for never.
pub fn read(store: &dyn Backend) -> Option<i64> {
    let raw = store.get(LAST_BACKUP_KEY).ok()??;
    envelope::decode_exact::<i64>(&raw, LAST_BACKUP_VERSION).filter(|ms| *ms >= 0)
}

/// Records a backup made at `ms`.
pub fn record(store: &dyn Backend, ms: i64) -> Result<(), StorageError> {
    store.set(LAST_BACKUP_KEY, &envelope::encode(LAST_BACKUP_VERSION, &ms))
}

/// "Last backup: never", "Last backup: today", "Last backup: 1 day ago",
/// "Last backup: 12 days ago". Whole days since `last`; a time ahead of
/// `now` (another device's clock) counts as today.
pub fn describe(last: Option<i64>, now: i64) -> String {
    let Some(last) = last else {
        return "Last backup: never".into();
    };
    match (now - last).max(0) / DAY_MS {
        0 => "Last backup: today".into(),
        1 => "Last backup: 1 day ago".into(),
        days => format!("Last backup: {days} days ago"),
    }
}

/// Whether to remind the person to back up: there are projects, and the
/// newest of the last backup and the oldest project is at least
/// [`REMIND_AFTER_MS`] old. Counting from the oldest project when there
/// has never been a backup means a new user is not nagged on day one.
pub fn reminder_due(last: Option<i64>, oldest_created: Option<i64>, now: i64) -> bool {
    let Some(oldest) = oldest_created else {
        return false;
    };
    let since = last.map_or(oldest, |last| last.max(oldest));
    now - since >= REMIND_AFTER_MS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryBackend;

    const NOW: i64 = 1_800_000_000_000;

    #[test]
    fn records_and_reads_back_and_tolerates_junk() {
        let store = MemoryBackend::default();
        assert_eq!(read(&store), None);
        record(&store, NOW).unwrap();
        assert_eq!(
            store.get(LAST_BACKUP_KEY).unwrap().as_deref(),
            Some(r#"{"version":1,"value":1800000000000}"#)
        );
        assert_eq!(read(&store), Some(NOW));
        for junk in [
            "",
            "{",
            r#"{"version":2,"value":5}"#,
            r#"{"value":5}"#,
            "[1]",
        ] {
            store.set(LAST_BACKUP_KEY, junk).unwrap();
            assert_eq!(read(&store), None, "{junk}");
        }
    }

    #[test]
    fn a_full_store_is_an_error_not_a_panic() {
        let store = MemoryBackend::with_quota(5);
        assert_eq!(record(&store, NOW), Err(StorageError::QuotaExceeded));
    }

    #[test]
    fn describes_whole_days() {
        assert_eq!(describe(None, NOW), "Last backup: never");
        assert_eq!(describe(Some(NOW - DAY_MS + 1), NOW), "Last backup: today");
        assert_eq!(describe(Some(NOW + DAY_MS), NOW), "Last backup: today");
        assert_eq!(describe(Some(NOW - DAY_MS), NOW), "Last backup: 1 day ago");
        assert_eq!(
            describe(Some(NOW - 12 * DAY_MS - 5), NOW),
            "Last backup: 12 days ago"
        );
    }

    #[test]
    fn reminds_after_fourteen_days_of_data_without_a_backup() {
        let old = NOW - REMIND_AFTER_MS;
        assert!(!reminder_due(None, None, NOW), "no projects");
        assert!(
            !reminder_due(None, Some(old + 1), NOW),
            "data not yet 14 days old"
        );
        assert!(reminder_due(None, Some(old), NOW));
        assert!(!reminder_due(Some(old + 1), Some(old - 99), NOW));
        assert!(reminder_due(Some(old), Some(old - 99), NOW));
    }
}
