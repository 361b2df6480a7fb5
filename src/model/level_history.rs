//! The dated history of a project's `Service user involvement` level, so
//! the dashboard can show how involvement grew month by month.
//!
//! The rules, kept by every function here:
//! - entries are in date order, at most one per day (a second change on
//!   one day replaces that day's entry: what counts is the level the day
//!   ended with);
//! - before the first entry the level was "Not yet recorded";
//! - the last entry's level is the project's current level (with no
//!   entry at all, the level has not been dated yet: "Not yet recorded",
//!   or a level from before histories were kept that nobody has changed);
//! - at most [`MAX_ENTRIES`] entries, the oldest dropped first, so a
//!   stored record keeps its bound on size (see `model/limits.rs`).

#![warn(missing_docs)]

use serde::{Deserialize, Serialize};

use super::{Date, InvolvementLevel};

/// The most entries a project keeps: a change every week for about four
/// years. Older ones are dropped first; the dashboard's trend looks back
/// only twelve months.
pub const MAX_ENTRIES: usize = 200;

/// The level a project took on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LevelChange {
    /// The day of the change.
    pub date: Date,
    /// The level the day ended with.
    pub level: InvolvementLevel,
}

/// Notes that the level became `level` on `date`: replaces an entry of the
/// same day, otherwise appends (an entry dated before the last one, from a
/// device whose clock was behind, is put in date order). Drops the oldest
/// entries past [`MAX_ENTRIES`].
pub fn record(history: &mut Vec<LevelChange>, date: Date, level: InvolvementLevel) {
    match history.binary_search_by_key(&date, |c| c.date) {
        Ok(at) => history[at].level = level,
        Err(at) => history.insert(at, LevelChange { date, level }),
    }
    trim(history);
}

/// The level on `date` by the end of that day: that of the last entry on
/// or before it, or "Not yet recorded" before the first.
pub fn level_on(history: &[LevelChange], date: Date) -> InvolvementLevel {
    let after = history.partition_point(|c| c.date <= date);
    after
        .checked_sub(1)
        .map_or(InvolvementLevel::NotRecorded, |i| history[i].level)
}

/// The history a record from before format 4 starts with: its current
/// level on the day it was last updated (nothing if no level was set).
pub fn seed(level: InvolvementLevel, updated_ms: i64) -> Vec<LevelChange> {
    if level == InvolvementLevel::NotRecorded {
        Vec::new()
    } else {
        vec![LevelChange {
            date: Date::from_unix_ms(updated_ms),
            level,
        }]
    }
}

/// Two tabs' (or a device's and a backup's) histories as one: every entry
/// from either side, in date order. Where both have an entry for one day
/// with different levels, `ours` is kept. Then the last entry is made to
/// match `current` (the level the merged project ended with), so the
/// rules above hold whichever side's level won.
pub fn union(
    ours: &[LevelChange],
    theirs: &[LevelChange],
    current: InvolvementLevel,
) -> Vec<LevelChange> {
    let mut merged: Vec<LevelChange> = ours.to_vec();
    for change in theirs {
        if let Err(at) = merged.binary_search_by_key(&change.date, |c| c.date) {
            merged.insert(at, *change);
        }
    }
    // With no entry on either side (both from before format 4) there is
    // no day to date the level by: it waits for its next change.
    if let Some(last) = merged.last_mut() {
        last.level = current;
    }
    trim(&mut merged);
    merged
}

/// Whether `history` keeps the rules above for a project at `current`;
/// the message says what is wrong.
pub fn check(history: &[LevelChange], current: InvolvementLevel) -> Result<(), String> {
    if history.len() > MAX_ENTRIES {
        return Err(format!(
            "its level history has {} entries; the most is {MAX_ENTRIES}",
            history.len()
        ));
    }
    if history.windows(2).any(|w| w[0].date >= w[1].date) {
        return Err("its level history is not in date order, one entry a day".into());
    }
    let last = history.last().map(|c| c.level);
    if last.is_some_and(|level| level != current) {
        return Err("its level history does not end with its current level".into());
    }
    Ok(())
}

fn trim(history: &mut Vec<LevelChange>) {
    if history.len() > MAX_ENTRIES {
        history.drain(..history.len() - MAX_ENTRIES);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InvolvementLevel::*;

    fn day(d: u8) -> Date {
        Date::new(2026, 3, d).expect("a real date")
    }

    fn change(d: u8, level: InvolvementLevel) -> LevelChange {
        LevelChange {
            date: day(d),
            level,
        }
    }

    #[test]
    fn one_entry_a_day_in_date_order() {
        let mut h = Vec::new();
        record(&mut h, day(5), LittleI);
        record(&mut h, day(5), BigI);
        record(&mut h, day(9), Both);
        // A clock that was behind: still in order.
        record(&mut h, day(7), NoneYet);
        assert_eq!(h, [change(5, BigI), change(7, NoneYet), change(9, Both)]);
        assert_eq!(check(&h, Both), Ok(()));
        assert!(check(&h, BigI).is_err());
    }

    #[test]
    fn level_on_a_day_counts_that_days_change() {
        let h = [change(5, LittleI), change(9, BigI)];
        assert_eq!(level_on(&h, day(4)), NotRecorded);
        assert_eq!(level_on(&h, day(5)), LittleI);
        assert_eq!(level_on(&h, day(8)), LittleI);
        assert_eq!(level_on(&h, day(9)), BigI);
        assert_eq!(level_on(&h, day(30)), BigI);
        assert_eq!(level_on(&[], day(30)), NotRecorded);
    }

    #[test]
    fn keeps_at_most_the_newest_entries() {
        let mut h = Vec::new();
        let start = Date::new(2020, 1, 1).expect("a real date");
        for n in 0..(MAX_ENTRIES as i64 + 5) {
            let date = Date::from_unix_ms((start.days_since_epoch() + n) * 86_400_000);
            record(&mut h, date, if n % 2 == 0 { LittleI } else { BigI });
        }
        assert_eq!(h.len(), MAX_ENTRIES);
        assert_eq!(
            h[0].date.days_since_epoch(),
            start.days_since_epoch() + 5,
            "the five oldest were dropped"
        );
    }

    #[test]
    fn seeds_only_a_recorded_level() {
        let ms = 1_795_667_643_000; // 26 November 2026
        assert_eq!(seed(NotRecorded, ms), []);
        assert_eq!(
            seed(Both, ms),
            [LevelChange {
                date: Date::new(2026, 11, 26).expect("a real date"),
                level: Both
            }]
        );
    }

    #[test]
    fn union_is_sorted_deduplicated_and_ends_at_the_current_level() {
        let ours = [change(1, LittleI), change(5, BigI)];
        let theirs = [change(1, LittleI), change(3, NoneYet), change(5, Both)];
        assert_eq!(
            union(&ours, &theirs, BigI),
            [change(1, LittleI), change(3, NoneYet), change(5, BigI)]
        );
        // Their later change lost to ours on the level: the last day says so.
        let theirs = [change(8, Both)];
        let merged = union(&ours, &theirs, BigI);
        assert_eq!(merged.last(), Some(&change(8, BigI)));
        assert_eq!(check(&merged, BigI), Ok(()));
        assert_eq!(union(&[], &[], BigI), []);
    }
}
