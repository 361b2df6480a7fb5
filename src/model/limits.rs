//! How long each piece of text may be. Generous for real use, but bounded
//! so one runaway paste cannot fill the device's storage.

pub const TITLE: usize = 150;
pub const SHORT_TEXT: usize = 200;
pub const LONG_TEXT: usize = 4000;
pub const NOTES: usize = 1000;
/// Enough for years of weekly activity on one project.
pub const ACTIVITIES: usize = 5000;
pub const EXPERTS: usize = 50;
pub const TEAM_SIZE: usize = 50;
/// Life QI recommends a team of five to eight, including a service user or carer.
pub const RECOMMENDED_TEAM: std::ops::RangeInclusive<usize> = 5..=8;
