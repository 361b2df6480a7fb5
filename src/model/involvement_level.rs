//! The level of service user involvement, as Life QI's "Service user
//! involvement" drop-down records it.

use serde::{Deserialize, Serialize};

/// How service users and carers are involved in a project.
///
/// Little i: asking people who use the service for ideas and views from
/// time to time (surveys, focus groups, feedback). Big I: service users
/// and carers are partners in the project itself, all the way through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvolvementLevel {
    /// The team has not said yet.
    #[default]
    NotRecorded,
    /// The team has said there is no involvement so far.
    NoneYet,
    LittleI,
    BigI,
    /// Both Little i and Big I, as many projects work.
    Both,
}

impl InvolvementLevel {
    /// Every level, in the order the drop-down lists them.
    pub const ALL: [InvolvementLevel; 5] = [
        InvolvementLevel::NotRecorded,
        InvolvementLevel::NoneYet,
        InvolvementLevel::LittleI,
        InvolvementLevel::BigI,
        InvolvementLevel::Both,
    ];

    /// The words people see, and the words pasted into Life QI.
    pub fn label(self) -> &'static str {
        match self {
            InvolvementLevel::NotRecorded => "Not yet recorded",
            InvolvementLevel::NoneYet => "No involvement yet",
            InvolvementLevel::LittleI => "Little i",
            InvolvementLevel::BigI => "Big I",
            InvolvementLevel::Both => "Little i and Big I",
        }
    }

    /// A stable code for form values and CSV.
    pub fn code(self) -> &'static str {
        match self {
            InvolvementLevel::NotRecorded => "not_recorded",
            InvolvementLevel::NoneYet => "none_yet",
            InvolvementLevel::LittleI => "little_i",
            InvolvementLevel::BigI => "big_i",
            InvolvementLevel::Both => "both",
        }
    }

    /// The level with this code, if any.
    pub fn from_code(code: &str) -> Option<InvolvementLevel> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether this level includes asking people for views (Little i).
    pub fn has_little_i(self) -> bool {
        matches!(self, InvolvementLevel::LittleI | InvolvementLevel::Both)
    }

    /// Whether this level includes partnership in the project (Big I).
    pub fn has_big_i(self) -> bool {
        matches!(self, InvolvementLevel::BigI | InvolvementLevel::Both)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for level in InvolvementLevel::ALL {
            assert_eq!(InvolvementLevel::from_code(level.code()), Some(level));
        }
        assert_eq!(InvolvementLevel::from_code("big"), None);
    }

    #[test]
    fn both_counts_as_each() {
        assert!(InvolvementLevel::Both.has_little_i() && InvolvementLevel::Both.has_big_i());
        assert!(!InvolvementLevel::LittleI.has_big_i());
        assert!(!InvolvementLevel::NotRecorded.has_little_i());
    }
}
