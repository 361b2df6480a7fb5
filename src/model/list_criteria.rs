//! The criteria a list filter is made of ([`super::list_filter`]): which
//! levels pass, which attention a project needs, and which activities it
//! logged; each with the code that stands for it in a link's query.

#![warn(missing_docs)]

use super::activity::{ActivityKind, Level};
use super::suggestion::suggest;
use super::{Date, InvolvementLevel, Project};

/// How long a progress score may go unchanged before it is flagged.
pub const STALE_PROGRESS_DAYS: i64 = 90;

/// Which levels pass: the project list's level drop-down and the
/// dashboard's figures share this one definition, so a level link from the
/// dashboard selects the same choice in the drop-down. Many projects work
/// at both levels, so besides the exact levels two choices say plainly
/// that they include "both".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelFilter {
    /// Big I, or Little i and Big I.
    AnyBigI,
    /// Little i, or Little i and Big I.
    AnyLittleI,
    /// Exactly this level.
    Is(InvolvementLevel),
}

impl LevelFilter {
    /// Every choice, in the order the drop-down lists them: the two "any"
    /// choices, then Big I first among the exact levels, next to them.
    pub const ALL: [LevelFilter; 7] = [
        LevelFilter::AnyBigI,
        LevelFilter::AnyLittleI,
        LevelFilter::Is(InvolvementLevel::BigI),
        LevelFilter::Is(InvolvementLevel::LittleI),
        LevelFilter::Is(InvolvementLevel::Both),
        LevelFilter::Is(InvolvementLevel::NoneYet),
        LevelFilter::Is(InvolvementLevel::NotRecorded),
    ];

    /// The words in the drop-down.
    pub fn label(self) -> &'static str {
        match self {
            LevelFilter::AnyBigI => "Any Big I (Big I, or both)",
            LevelFilter::AnyLittleI => "Any Little i (Little i, or both)",
            LevelFilter::Is(InvolvementLevel::BigI) => "Big I only",
            LevelFilter::Is(InvolvementLevel::LittleI) => "Little i only",
            LevelFilter::Is(InvolvementLevel::Both) => "Both Little i and Big I",
            LevelFilter::Is(level) => level.label(),
        }
    }

    /// The value of `level=` in a link: a level's own code, or
    /// `any-big-i` / `any-little-i`.
    pub fn code(self) -> &'static str {
        match self {
            LevelFilter::AnyBigI => "any-big-i",
            LevelFilter::AnyLittleI => "any-little-i",
            LevelFilter::Is(level) => level.code(),
        }
    }

    /// The choice with this code, if any.
    pub fn from_code(code: &str) -> Option<LevelFilter> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    /// Whether a project at `level` passes.
    pub fn matches(self, level: InvolvementLevel) -> bool {
        match self {
            LevelFilter::AnyBigI => level.has_big_i(),
            LevelFilter::AnyLittleI => level.has_little_i(),
            LevelFilter::Is(wanted) => level == wanted,
        }
    }
}

/// Something a project needs doing, as the dashboard lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attention {
    /// A level is recorded but the involvement notes are empty.
    NoNotes,
    /// A level is recorded and differs from the one the involvement record
    /// suggests (see `suggestion.rs`). "Not yet recorded" is listed by
    /// `level=not_recorded` instead.
    Disagrees,
    /// A progress score that has not changed for more than
    /// [`STALE_PROGRESS_DAYS`] days, or whose date of change is unknown.
    StaleProgress,
    /// An Expert by Experience with no induction recorded.
    NoInduction,
}

impl Attention {
    /// Every kind of attention, in the dashboard's order.
    pub const ALL: [Attention; 4] = [
        Attention::NoNotes,
        Attention::Disagrees,
        Attention::StaleProgress,
        Attention::NoInduction,
    ];

    /// The value of `needs=` in a link.
    pub fn code(self) -> &'static str {
        match self {
            Attention::NoNotes => "no-notes",
            Attention::Disagrees => "disagrees",
            Attention::StaleProgress => "stale-progress",
            Attention::NoInduction => "no-induction",
        }
    }

    /// The heading of the dashboard's list of projects that need this.
    pub fn title(self) -> &'static str {
        match self {
            Attention::NoNotes => "A level but no involvement notes",
            Attention::Disagrees => "A level that differs from the involvement record",
            Attention::StaleProgress => "Progress score not changed for over 90 days",
            Attention::NoInduction => "Experts by Experience with no induction recorded",
        }
    }

    /// The same, as the project list describes its filter.
    pub fn describe(self) -> &'static str {
        match self {
            Attention::NoNotes => "a level recorded but no involvement notes",
            Attention::Disagrees => {
                "a level that differs from the one the involvement record suggests"
            }
            Attention::StaleProgress => "a progress score not changed for more than 90 days",
            Attention::NoInduction => "an Expert by Experience with no induction recorded",
        }
    }

    /// Whether `project` needs this, as of `today`.
    pub fn applies(self, project: &Project, today: Date) -> bool {
        let recorded = project.involvement != InvolvementLevel::NotRecorded;
        match self {
            Attention::NoNotes => recorded && project.involvement_notes.trim().is_empty(),
            Attention::Disagrees => {
                recorded && suggest(project, today).level != project.involvement
            }
            Attention::StaleProgress => {
                project.progress.is_some()
                    && project.progress_changed.is_none_or(|changed| {
                        today.days_since_epoch() - changed.days_since_epoch() > STALE_PROGRESS_DAYS
                    })
            }
            Attention::NoInduction => project.experts().any(|(_, e)| e.induction_given.is_none()),
        }
    }
}

/// Which logged activities count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityFilter {
    /// Activities of this kind.
    Kind(ActivityKind),
    /// Activities of this class (Little i or Big I).
    Class(Level),
}

impl ActivityFilter {
    /// The code that stands for it in a link's query.
    pub(super) fn code(self) -> &'static str {
        match self {
            ActivityFilter::Kind(kind) => kind.code(),
            ActivityFilter::Class(Level::LittleI) => "little-i",
            ActivityFilter::Class(Level::BigI) => "big-i",
        }
    }

    /// The filter a query's code stands for, if this build knows it.
    pub(super) fn from_code(code: &str) -> Option<ActivityFilter> {
        match code {
            "little-i" => Some(ActivityFilter::Class(Level::LittleI)),
            "big-i" => Some(ActivityFilter::Class(Level::BigI)),
            _ => ActivityKind::from_code(code).map(ActivityFilter::Kind),
        }
    }

    /// Whether an activity of `kind` counts.
    pub fn accepts(self, kind: ActivityKind) -> bool {
        match self {
            ActivityFilter::Kind(k) => k == kind,
            ActivityFilter::Class(level) => kind.level() == level,
        }
    }
}
