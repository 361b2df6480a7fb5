//! The involvement activity log: what a project did with service users and
//! carers, and what changed because of it ("you said, we did").

use serde::{Deserialize, Serialize};

use super::Date;

/// Which of the two levels an activity is evidence of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Asking for views from time to time.
    LittleI,
    /// Service users and carers as partners in the project itself.
    BigI,
}

/// The kinds of involvement activity. Each is classed Little i or Big I
/// in exactly one place: [`ActivityKind::level`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Survey,
    FocusGroup,
    CommentCards,
    KioskFeedback,
    Interviews,
    CoDesignWorkshop,
    OnProjectTeam,
    TeamMeeting,
    PdsaTest,
    ReviewingData,
    CoPresenting,
    CoLeading,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 12] = [
        ActivityKind::Survey,
        ActivityKind::FocusGroup,
        ActivityKind::CommentCards,
        ActivityKind::KioskFeedback,
        ActivityKind::Interviews,
        ActivityKind::CoDesignWorkshop,
        ActivityKind::OnProjectTeam,
        ActivityKind::TeamMeeting,
        ActivityKind::PdsaTest,
        ActivityKind::ReviewingData,
        ActivityKind::CoPresenting,
        ActivityKind::CoLeading,
    ];

    /// Little i when people are asked for their views; Big I when they
    /// shape and deliver the work alongside staff.
    pub fn level(self) -> Level {
        use ActivityKind::*;
        match self {
            Survey | FocusGroup | CommentCards | KioskFeedback | Interviews => Level::LittleI,
            CoDesignWorkshop | OnProjectTeam | TeamMeeting | PdsaTest | ReviewingData
            | CoPresenting | CoLeading => Level::BigI,
        }
    }

    pub fn label(self) -> &'static str {
        use ActivityKind::*;
        match self {
            Survey => "Survey",
            FocusGroup => "Focus group",
            CommentCards => "Comment cards or feedback forms",
            KioskFeedback => "Clinic kiosk feedback",
            Interviews => "Interviews",
            CoDesignWorkshop => "Co-design workshop",
            OnProjectTeam => "Service user or carer on the project team",
            TeamMeeting => "Attending a project team meeting",
            PdsaTest => "Planning or running a PDSA test",
            ReviewingData => "Reviewing data",
            CoPresenting => "Co-presenting or co-writing",
            CoLeading => "Co-leading the project",
        }
    }

    pub fn code(self) -> &'static str {
        use ActivityKind::*;
        match self {
            Survey => "survey",
            FocusGroup => "focus_group",
            CommentCards => "comment_cards",
            KioskFeedback => "kiosk_feedback",
            Interviews => "interviews",
            CoDesignWorkshop => "co_design_workshop",
            OnProjectTeam => "on_project_team",
            TeamMeeting => "team_meeting",
            PdsaTest => "pdsa_test",
            ReviewingData => "reviewing_data",
            CoPresenting => "co_presenting",
            CoLeading => "co_leading",
        }
    }

    pub fn from_code(code: &str) -> Option<ActivityKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// One involvement activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    pub id: String,
    pub date: Date,
    pub kind: ActivityKind,
    /// How many service users or carers took part.
    pub people: u32,
    /// Hours of their time, in tenths (15 is 1.5 hours), so sums are exact.
    #[serde(default)]
    pub hours_tenths: u32,
    /// What people said.
    #[serde(default)]
    pub said: String,
    /// What changed because of it.
    #[serde(default)]
    pub changed: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_classed_and_round_trips() {
        let expected = [
            (ActivityKind::Survey, Level::LittleI),
            (ActivityKind::FocusGroup, Level::LittleI),
            (ActivityKind::CommentCards, Level::LittleI),
            (ActivityKind::KioskFeedback, Level::LittleI),
            (ActivityKind::Interviews, Level::LittleI),
            (ActivityKind::CoDesignWorkshop, Level::BigI),
            (ActivityKind::OnProjectTeam, Level::BigI),
            (ActivityKind::TeamMeeting, Level::BigI),
            (ActivityKind::PdsaTest, Level::BigI),
            (ActivityKind::ReviewingData, Level::BigI),
            (ActivityKind::CoPresenting, Level::BigI),
            (ActivityKind::CoLeading, Level::BigI),
        ];
        assert_eq!(expected.len(), ActivityKind::ALL.len());
        for (kind, level) in expected {
            assert_eq!(kind.level(), level, "{kind:?}");
            assert_eq!(ActivityKind::from_code(kind.code()), Some(kind));
        }
    }
}
