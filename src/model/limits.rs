//! How long each piece of text may be, and how long each list. Generous for
//! real use, but bounded so that one project's stored record stays well
//! under a browser's localStorage quota (typically 5 MB, about 5,000,000
//! UTF-16 characters shared by every project on the device).
//!
//! The worst case, every field and list at its limit and every character
//! the costliest to store (a `"` or `\` is escaped to two characters in
//! JSON, and a character outside the Basic Multilingual Plane, an emoji,
//! is two UTF-16 units), is about 1.45 million characters. The test
//! `largest_valid_record_fits` in `storage/record_size_tests.rs` builds
//! that record and checks it. Control characters, which JSON would
//! escape to six characters each, are refused by
//! [`check_length`](super::validation::check_length) (tab and line
//! breaks excepted), so they cannot raise it.
//!
//! Records stored before a limit was lowered still load: decoding does not
//! check lengths, only the forms do.

pub const TITLE: usize = 150;
pub const SHORT_TEXT: usize = 200;
/// Aim, what the project is about, involvement notes.
pub const LONG_TEXT: usize = 4000;
pub const NOTES: usize = 1000;
/// What people said, and what changed, on one logged activity: a solid
/// paragraph (80 to 100 words) each.
pub const ACTIVITY_TEXT: usize = 500;
/// Ten years of weekly activity on one project.
pub const ACTIVITIES: usize = 520;
/// Everyone on a project, staff and Experts by Experience in one list.
/// The team and the Experts by Experience were two lists of up to 50
/// each; when they became one (format 5), the limit became their sum, so
/// every record stored before still fits after its people are merged.
pub const TEAM_SIZE: usize = 100;
/// Life QI recommends a team of five to eight, including a service user or carer.
pub const RECOMMENDED_TEAM: std::ops::RangeInclusive<usize> = 5..=8;
