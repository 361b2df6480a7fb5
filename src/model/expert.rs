//! Experts by Experience: the service users and carers on a project team.
//! Recorded by name or initials (their choice) and role only.
//!
//! They are team members like anyone else (see [`TeamMember`]); what makes
//! one an Expert by Experience is the [`ExpertDetails`] they carry, the
//! roster fields the involvement record keeps for them.
//!
//! [`TeamMember`]: super::TeamMember

use serde::{Deserialize, Serialize};

use super::Date;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpertRole {
    #[default]
    ServiceUser,
    Carer,
    Other,
}

impl ExpertRole {
    pub const ALL: [ExpertRole; 3] = [
        ExpertRole::ServiceUser,
        ExpertRole::Carer,
        ExpertRole::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ExpertRole::ServiceUser => "Service user",
            ExpertRole::Carer => "Carer",
            ExpertRole::Other => "Other",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ExpertRole::ServiceUser => "service_user",
            ExpertRole::Carer => "carer",
            ExpertRole::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<ExpertRole> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The person in a sentence: "a carer".
    pub fn in_words(self) -> &'static str {
        match self {
            ExpertRole::ServiceUser => "a service user",
            ExpertRole::Carer => "a carer",
            ExpertRole::Other => "an Expert by Experience",
        }
    }

    /// Which kind a team role's free text names, if it names one: the
    /// General tab has only a tick, so a role typed as "Carer" tells us
    /// more than the tick does.
    pub fn named_in(role: &str) -> Option<ExpertRole> {
        let role = crate::model::lowercase::lowercase(role);
        if role.contains("carer") {
            Some(ExpertRole::Carer)
        } else if role.contains("service user") || role.contains("patient") {
            Some(ExpertRole::ServiceUser)
        } else {
            None
        }
    }
}

/// What the involvement record keeps about a service user or carer on the
/// team, beyond their name and role.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExpertDetails {
    /// Service user, carer or other.
    pub kind: ExpertRole,
    pub joined: Option<Date>,
    /// The day their induction to the project was given, if it has been.
    pub induction_given: Option<Date>,
    /// Whether they were given the guidance document for service users and
    /// carers getting started in QI.
    pub guidance_given: bool,
    pub notes: String,
}

impl ExpertDetails {
    /// Details for someone just marked as a service user or carer, of the
    /// kind their team role names (a service user when it names none).
    pub fn for_role(role: &str) -> ExpertDetails {
        ExpertDetails {
            kind: ExpertRole::named_in(role).unwrap_or_default(),
            ..ExpertDetails::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_follows_what_the_role_says() {
        assert_eq!(ExpertDetails::for_role("Carer").kind, ExpertRole::Carer);
        assert_eq!(
            ExpertDetails::for_role("Parent carer, co-lead").kind,
            ExpertRole::Carer
        );
        assert_eq!(
            ExpertDetails::for_role("Service User rep").kind,
            ExpertRole::ServiceUser
        );
        assert_eq!(
            ExpertDetails::for_role("Patient partner").kind,
            ExpertRole::ServiceUser
        );
        assert_eq!(ExpertDetails::for_role("").kind, ExpertRole::ServiceUser);
        assert_eq!(ExpertRole::named_in("Ward manager"), None);
    }
}
