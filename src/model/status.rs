//! Where a project is in its life.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    OnHold,
    Completed,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Active,
        Status::OnHold,
        Status::Completed,
        Status::Closed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::Active => "Active",
            Status::OnHold => "On hold",
            Status::Completed => "Completed",
            Status::Closed => "Closed",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::OnHold => "on_hold",
            Status::Completed => "completed",
            Status::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Status::from_code("Active"), None);
    }
}
